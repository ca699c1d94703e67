package org.govsim.model.issue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The tags declared in one run, each with its own bit; a name may be declared once. */
public final class IssueTags implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<IssueTag> tags = new ArrayList<>();

    public IssueTag declare(String name) {
        for (IssueTag t : tags) {
            if (t.name().equals(name)) {
                throw new IllegalArgumentException("issue tag '" + name + "' is declared twice");
            }
        }
        if (tags.size() == IssueTag.MAX) {
            throw new IllegalStateException("more than " + IssueTag.MAX + " issue tags declared");
        }
        IssueTag tag = new IssueTag(name, tags.size());
        tags.add(tag);
        return tag;
    }

    public List<IssueTag> all() {
        return List.copyOf(tags);
    }
}
