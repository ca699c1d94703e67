package org.govsim.runner.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run folder's manifest.json records that a comparison reports: provenance, seeds and the resolved
 * parameters (values as text, in the manifest's order). Absent fields are null (or empty).
 */
public record ManifestInfo(String scenarioName, String description, List<String> files, List<String> overrides,
                           Long baseSeed, Integer replications, String version, String gitCommit, Boolean gitDirty,
                           String java, String startTime, String endTime, String rerun, Map<String, String> parameters) {

    public ManifestInfo {
        files = List.copyOf(files);
        overrides = List.copyOf(overrides);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
