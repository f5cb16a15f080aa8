package org.napacademy.interfaces.rest;

import java.util.List;

/** An export path names a format the resource does not offer: 404 with the formats it does. */
public class UnknownExportFormat extends RuntimeException {
    public UnknownExportFormat(String format, List<String> formats) {
        super("There is no '" + format + "' export here; the formats are " + String.join(", ", formats));
    }
}
