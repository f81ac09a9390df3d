package org.rasd.model;

/** PLOVER's four quad categories. */
public enum QuadClass {
    VERBAL_COOPERATION(1), MATERIAL_COOPERATION(2), VERBAL_CONFLICT(3), MATERIAL_CONFLICT(4);

    private final int code;

    QuadClass(int code) {
        this.code = code;
    }

    /** PLOVER's {@code quad_code}, 1 to 4. */
    public int code() {
        return code;
    }
}
