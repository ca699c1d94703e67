package org.govsim.runner.output;

import java.io.ObjectInputFilter;
import java.util.List;
import java.util.Set;

/**
 * What a checkpoint may hold, checked as it is read and before any object is made: the classes of a saved
 * district (govsim's model, MASON's engine and utilities, its random generator, and the JDK's boxes and
 * collections), within limits that a real checkpoint stays far below and that a hostile file cannot get past
 * to make the reader allocate gigabytes, recurse until the stack overflows, or spend minutes hashing nested sets.
 *
 * <p>Measured on a district of 40 compounds at day 400: depth 19, hash collections no deeper than 17, 11,716
 * references, arrays up to 8,386 elements, 471 kB of stream. Depth and references do not grow with the district;
 * arrays and bytes grow with its households, and the limits leave room for the largest districts the parameters
 * allow. Hash collections are limited to a shallower depth than the rest: rebuilding a set hashes its elements,
 * and a set of sets nested n deep costs 2<sup>n</sup> hashes (the "HashSet bomb").
 */
public final class CheckpointFilter implements ObjectInputFilter {
    static final long MAX_DEPTH = 40;
    static final long MAX_HASHED_DEPTH = 24;
    static final long MAX_REFERENCES = 50_000_000;
    static final long MAX_ARRAY_LENGTH = 1L << 25;
    static final long MAX_BYTES = 1L << 30;

    /** govsim's model, the GUI's register of open issues that the GUI adds to it, MASON's engine, utilities and fields. */
    private static final List<String> PACKAGES = List.of("org.govsim.model.", "org.govsim.runner.gui.", "sim.engine.", "sim.util.",
            "sim.field.");
    private static final Set<String> CLASSES = Set.of(
            "ec.util.MersenneTwisterFast",
            "java.lang.Object", "java.lang.Number", "java.lang.Enum", "java.lang.Comparable", "java.lang.Record", "java.lang.String",
            "java.lang.Boolean", "java.lang.Byte", "java.lang.Character", "java.lang.Short", "java.lang.Integer", "java.lang.Long",
            "java.lang.Float", "java.lang.Double",
            "java.util.ArrayList", "java.util.LinkedList", "java.util.ArrayDeque", "java.util.PriorityQueue", "java.util.BitSet",
            "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.EnumMap", "java.util.IdentityHashMap",
            "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.Map$Entry", "java.util.CollSer",
            "java.util.Collections$UnmodifiableMap", "java.util.Collections$UnmodifiableList", "java.util.Collections$UnmodifiableRandomAccessList",
            "java.util.Collections$UnmodifiableSet", "java.util.Collections$UnmodifiableCollection", "java.util.Collections$EmptyList",
            "java.util.Collections$EmptyMap", "java.util.Collections$EmptySet",
            "java.util.ImmutableCollections$List12", "java.util.ImmutableCollections$ListN", "java.util.ImmutableCollections$Set12",
            "java.util.ImmutableCollections$SetN", "java.util.ImmutableCollections$Map1", "java.util.ImmutableCollections$MapN");
    private static final Set<String> HASHED = Set.of("java.util.HashMap", "java.util.LinkedHashMap", "java.util.HashSet",
            "java.util.LinkedHashSet", "java.util.IdentityHashMap");

    @Override
    public Status checkInput(FilterInfo info) {
        if (info.depth() > MAX_DEPTH || info.references() > MAX_REFERENCES || info.streamBytes() > MAX_BYTES
                || info.arrayLength() > MAX_ARRAY_LENGTH) {
            return Status.REJECTED;
        }
        Class<?> c = info.serialClass();
        if (c == null) {
            return Status.UNDECIDED;
        }
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive()) {
            return Status.ALLOWED;
        }
        String name = c.getName();
        if (HASHED.contains(name) && info.depth() > MAX_HASHED_DEPTH) {
            return Status.REJECTED;
        }
        if (CLASSES.contains(name) || PACKAGES.stream().anyMatch(name::startsWith)) {
            return Status.ALLOWED;
        }
        return Status.REJECTED;
    }

    /** Why a read was refused, for the user: which limit, read from the filter's decision. */
    static String limits() {
        return "a checkpoint holds only govsim's district, MASON's engine and JDK collections, at most " + MAX_DEPTH + " levels deep, "
                + MAX_ARRAY_LENGTH + " elements per array and " + (MAX_BYTES >> 20) + " MB";
    }
}
