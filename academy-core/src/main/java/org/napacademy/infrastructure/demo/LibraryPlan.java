package org.napacademy.infrastructure.demo;

import static org.napacademy.infrastructure.demo.Curriculum.GENDER_BUDGETING;
import static org.napacademy.infrastructure.demo.Curriculum.INSTITUTIONAL_COORDINATION;
import static org.napacademy.infrastructure.demo.Curriculum.MONITORING_AND_EVALUATION;
import static org.napacademy.infrastructure.demo.Curriculum.STRATEGIC_DESIGN;
import static org.napacademy.infrastructure.demo.Curriculum.THEORY_OF_CHANGE;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.library.ModuleResource;
import org.napacademy.domain.model.library.ResourceKind;
import org.napacademy.domain.model.shared.LocalizedText;

/**
 * The demo libraries of the curriculum modules: public pages of the UN system and of the WPS community that
 * trainers point delegations to. Only addresses of real, well-known sites; no invented documents.
 */
final class LibraryPlan {
    private LibraryPlan() { }

    /** Added by the demo trainer a week after the 2025 Panama City convening. */
    private static final Instant ADDED_AT = Instant.parse("2025-07-03T15:00:00Z");

    private record Entry(String module, ResourceKind kind, LocalizedText title, LocalizedText description, Set<String> languages,
                         String url) { }

    private static final List<Entry> ENTRIES = List.of(
            new Entry(THEORY_OF_CHANGE, ResourceKind.GUIDE,
                    new LocalizedText("Theory of change: UNDAF companion guidance", "Teoría del cambio: guía complementaria del MANUD",
                            "Teoria da mudança: guia complementar do UNDAF", "Théorie du changement : guide complémentaire du PNUAD"),
                    new LocalizedText("The UN Sustainable Development Group's step-by-step guidance on building a theory of change.",
                            "La guía paso a paso del Grupo de las Naciones Unidas para el Desarrollo Sostenible para construir una teoría del cambio.",
                            "O guia passo a passo do Grupo das Nações Unidas para o Desenvolvimento Sustentável para construir uma teoria da mudança.",
                            "Le guide pas à pas du Groupe des Nations Unies pour le développement durable pour bâtir une théorie du changement."),
                    Set.of("en"), "https://unsdg.un.org/resources/theory-change-undaf-companion-guidance"),
            new Entry(THEORY_OF_CHANGE, ResourceKind.LINK,
                    new LocalizedText("Security Council resolution 1325 (2000)", "Resolución 1325 (2000) del Consejo de Seguridad",
                            "Resolução 1325 (2000) do Conselho de Segurança", "Résolution 1325 (2000) du Conseil de sécurité"),
                    new LocalizedText("The resolution every WPS National Action Plan implements, in the UN's official languages.",
                            "La resolución que aplica todo Plan de Acción Nacional sobre MPS, en los idiomas oficiales de la ONU.",
                            "A resolução que todo Plano de Ação Nacional sobre MPS implementa, nos idiomas oficiais da ONU.",
                            "La résolution que met en œuvre tout plan d'action national FPS, dans les langues officielles de l'ONU."),
                    Set.of("en", "es", "fr"), "https://undocs.org/S/RES/1325(2000)"),
            new Entry(STRATEGIC_DESIGN, ResourceKind.WORKED_EXAMPLE,
                    new LocalizedText("1325 National Action Plans of every country", "Planes de Acción Nacional 1325 de todos los países",
                            "Planos de Ação Nacional 1325 de todos os países", "Plans d'action nationaux 1325 de tous les pays"),
                    new LocalizedText("WILPF's PeaceWomen database of adopted NAPs: read how other countries framed their results.",
                            "La base de datos PeaceWomen de WILPF con los PAN adoptados: vea cómo otros países formularon sus resultados.",
                            "A base de dados PeaceWomen da WILPF com os PAN adotados: veja como outros países formularam seus resultados.",
                            "La base PeaceWomen de la WILPF des PAN adoptés : voyez comment d'autres pays ont formulé leurs résultats."),
                    Set.of("en"), "https://1325naps.peacewomen.org/"),
            new Entry(INSTITUTIONAL_COORDINATION, ResourceKind.LINK,
                    new LocalizedText("WPS Focal Points Network", "Red de Puntos Focales sobre MPS", "Rede de Pontos Focais sobre MPS",
                            "Réseau des points focaux FPS"),
                    new LocalizedText("The network of national focal points who coordinate WPS policy across government.",
                            "La red de puntos focales nacionales que coordinan la política de MPS en el gobierno.",
                            "A rede de pontos focais nacionais que coordenam a política de MPS no governo.",
                            "Le réseau des points focaux nationaux qui coordonnent la politique FPS au sein du gouvernement."),
                    Set.of("en", "es", "fr"), "https://wpsfocalpointsnetwork.org/"),
            new Entry(GENDER_BUDGETING, ResourceKind.LINK,
                    new LocalizedText("UN Women", "ONU Mujeres", "ONU Mulheres", "ONU Femmes"),
                    new LocalizedText("UN Women's work on financing for gender equality and gender-responsive budgeting.",
                            "El trabajo de ONU Mujeres sobre financiamiento para la igualdad de género y presupuestos con enfoque de género.",
                            "O trabalho da ONU Mulheres sobre financiamento para a igualdade de gênero e orçamento sensível ao gênero.",
                            "Le travail d'ONU Femmes sur le financement de l'égalité des sexes et la budgétisation sensible au genre."),
                    Set.of("en", "es", "fr"), "https://www.unwomen.org/"),
            new Entry(MONITORING_AND_EVALUATION, ResourceKind.GUIDE,
                    new LocalizedText("SDG indicator metadata (5.c.1 and others)", "Metadatos de los indicadores ODS (5.c.1 y otros)",
                            "Metadados dos indicadores ODS (5.c.1 e outros)", "Métadonnées des indicateurs ODD (5.c.1 et autres)"),
                    new LocalizedText("Definitions and methods of the SDG indicators, among them 5.c.1 on tracking allocations for gender equality.",
                            "Definiciones y métodos de los indicadores ODS, entre ellos el 5.c.1 sobre el seguimiento de asignaciones para la igualdad de género.",
                            "Definições e métodos dos indicadores ODS, entre eles o 5.c.1 sobre o acompanhamento de alocações para a igualdade de gênero.",
                            "Définitions et méthodes des indicateurs ODD, dont le 5.c.1 sur le suivi des allocations en faveur de l'égalité des sexes."),
                    Set.of("en"), "https://unstats.un.org/sdgs/metadata/"));

    /** The demo resources of the modules present in {@code modulesByCode}, added by {@code trainer}. */
    static List<ModuleResource> resourcesOf(Map<String, Module> modulesByCode, String trainer) {
        return ENTRIES.stream().filter(entry -> modulesByCode.containsKey(entry.module()))
                .map(entry -> ModuleResource.link(modulesByCode.get(entry.module()), entry.kind(), entry.title(), entry.description(),
                        entry.languages(), entry.url(), trainer, ADDED_AT))
                .toList();
    }
}
