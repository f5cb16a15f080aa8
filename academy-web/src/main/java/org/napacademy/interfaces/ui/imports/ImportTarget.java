package org.napacademy.interfaces.ui.imports;

import java.util.function.Function;
import org.napacademy.application.ImportReport;
import org.napacademy.application.ImportSource;
import org.napacademy.interfaces.imports.ImportKind;

/**
 * What an import dialog imports into: its title, the kind of file, and the service's preview and import for
 * the delegation or roadmap; {@code imported} refreshes the page once rows are stored.
 */
public record ImportTarget<R>(String title, ImportKind<R> kind, Function<ImportSource<R>, ImportReport> preview,
                              Function<ImportSource<R>, ImportReport> store, Runnable imported) {
}
