package org.govsim.model.param;

/** The kind of value a parameter takes; decides how scenario text is read and checked. */
public enum ParamType {
    INT, REAL, BOOL, CHOICE
}
