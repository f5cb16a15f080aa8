package org.napacademy.interfaces.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The import limits from MicroProfile Config (academy.import.*), defaults as {@link ImportLimits#DEFAULT}. */
@ApplicationScoped
public class ImportSettings {
    @Inject @ConfigProperty(name = "academy.import.max-bytes", defaultValue = "10485760") long maxBytes;
    @Inject @ConfigProperty(name = "academy.import.max-rows", defaultValue = "50000") long maxRows;
    @Inject @ConfigProperty(name = "academy.import.max-uncompressed-bytes", defaultValue = "209715200") long maxUncompressedBytes;
    @Inject @ConfigProperty(name = "academy.import.max-compression-ratio", defaultValue = "100") long maxCompressionRatio;

    @Produces
    public ImportLimits limits() { return new ImportLimits(maxBytes, maxRows, maxUncompressedBytes, maxCompressionRatio); }
}
