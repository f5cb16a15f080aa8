package org.napacademy.it;

/** The academy's thematic tags as the programmes API takes them, for tests that create their own WPS programme. */
final class WpsTemplate {
    private WpsTemplate() { }

    /** A JSON member to put in a programme's body: the four pillars of resolution 1325 as tags. */
    static final String TAGS = """
            "tags": [{"code": "PARTICIPATION", "label": {"en": "Participation", "es": "Participación"}},
                     {"code": "PREVENTION", "label": {"en": "Prevention", "es": "Prevención"}},
                     {"code": "PROTECTION", "label": {"en": "Protection", "es": "Protección"}},
                     {"code": "RELIEF_AND_RECOVERY", "label": {"en": "Relief and recovery", "es": "Socorro y recuperación"}}]""";
}
