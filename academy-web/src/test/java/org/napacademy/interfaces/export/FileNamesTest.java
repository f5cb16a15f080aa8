package org.napacademy.interfaces.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void names_are_ascii_letters_digits_and_hyphens() {
        assertThat(FileNames.of("csv", "roadmap", "Panamá", "nodes")).isEqualTo("roadmap-panama-nodes.csv");
        assertThat(FileNames.of("pdf", "cohort", "2025 Port of Spain")).isEqualTo("cohort-2025-port-of-spain.pdf");
        assertThat(FileNames.of("xlsx", "roadmap", "Côte d'Ivoire \"/\\")).isEqualTo("roadmap-cote-d-ivoire.xlsx");
        assertThat(FileNames.of("ics", "", "日本")).isEqualTo("export.ics");
    }

    @Test
    void every_label_the_exports_use_exists_in_every_language() {
        for (var language : ExportTexts.LANGUAGES) {
            var texts = ExportTexts.in(language);
            for (var type : java.util.List.of(
                    org.napacademy.domain.model.roadmap.ProgressStatus.class,
                    org.napacademy.domain.model.roadmap.RoadmapStatus.class, org.napacademy.domain.model.roadmap.IndicatorUnit.class,
                    org.napacademy.domain.model.roadmap.MeasurementKind.class, org.napacademy.domain.model.delegation.Sex.class,
                    org.napacademy.domain.model.delegation.ParticipantRole.class,
                    org.napacademy.domain.model.curriculum.AttendanceStatus.class)) {
                for (var value : type.getEnumConstants()) assertThat(texts.label(value)).isNotBlank();
            }
        }
    }
}
