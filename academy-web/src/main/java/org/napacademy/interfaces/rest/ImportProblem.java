package org.napacademy.interfaces.rest;

import java.util.List;
import org.napacademy.application.RowError;

/** An RFC 9457 problem document for an import with bad rows: the rows read and the errors by row and column. */
public record ImportProblem(String type, String title, int status, String detail, long rowsRead, long errorCount,
                            List<RowError> errors) {
}
