package org.napacademy.infrastructure.demo;

import java.util.List;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.shared.LocalizedText;

/** The six modules the academy taught at its 2025 convening, in teaching order, in EN/ES/PT/FR. */
final class Curriculum {
    private Curriculum() { }

    static final String THEORY_OF_CHANGE = "THEORY_OF_CHANGE";
    static final String GENDER_BUDGETING = "GENDER_BUDGETING";
    static final String STRATEGIC_DESIGN = "STRATEGIC_DESIGN";
    static final String INSTITUTIONAL_COORDINATION = "INSTITUTIONAL_COORDINATION";
    static final String LOCALIZATION = "LOCALIZATION";
    static final String MONITORING_AND_EVALUATION = "MONITORING_AND_EVALUATION";

    private record ModuleText(String code, int minutes, LocalizedText title, LocalizedText description, LocalizedText objectives) { }

    /** Morning modules run 3.5 hours, afternoon ones 3, so two fit a convening day. */
    private static final List<ModuleText> MODULES = List.of(
            new ModuleText(THEORY_OF_CHANGE, 210,
                    new LocalizedText("Theory of change", "Teoría del cambio", "Teoria da mudança", "Théorie du changement"),
                    new LocalizedText(
                            "How the actions of a National Action Plan lead to lasting change for women, peace and security: assumptions, pathways and risks.",
                            "Cómo las acciones de un Plan de Acción Nacional conducen a cambios duraderos en mujeres, paz y seguridad: supuestos, rutas y riesgos.",
                            "Como as ações de um Plano de Ação Nacional levam a mudanças duradouras em mulheres, paz e segurança: pressupostos, caminhos e riscos.",
                            "Comment les actions d'un plan d'action national mènent à des changements durables pour les femmes, la paix et la sécurité : hypothèses, chemins et risques."),
                    new LocalizedText(
                            "State the change the NAP seeks; link activities to outputs, outcomes and a goal; name the assumptions to test.",
                            "Formular el cambio que busca el PAN; vincular actividades con productos, resultados y un objetivo; identificar los supuestos a comprobar.",
                            "Formular a mudança que o PAN busca; ligar atividades a produtos, resultados e um objetivo; identificar os pressupostos a verificar.",
                            "Formuler le changement visé par le PAN ; relier les activités aux produits, aux effets et à un objectif ; nommer les hypothèses à vérifier.")),
            new ModuleText(GENDER_BUDGETING, 180,
                    new LocalizedText("Gender budgeting", "Presupuestos con enfoque de género", "Orçamento sensível ao gênero", "Budgétisation sensible au genre"),
                    new LocalizedText(
                            "Costing the NAP and following its money through the national budget with the gender equality marker.",
                            "Costear el PAN y seguir sus recursos en el presupuesto nacional con el marcador de igualdad de género.",
                            "Orçar o PAN e acompanhar seus recursos no orçamento nacional com o marcador de igualdade de gênero.",
                            "Chiffrer le PAN et suivre ses ressources dans le budget national avec le marqueur d'égalité femmes-hommes."),
                    new LocalizedText(
                            "Estimate the cost of each action; identify funding sources; tag budget lines with the gender marker (0, 1, 2).",
                            "Estimar el costo de cada acción; identificar fuentes de financiamiento; etiquetar las partidas con el marcador de género (0, 1, 2).",
                            "Estimar o custo de cada ação; identificar fontes de financiamento; marcar as rubricas com o marcador de gênero (0, 1, 2).",
                            "Estimer le coût de chaque action ; identifier les sources de financement ; marquer les lignes budgétaires avec le marqueur genre (0, 1, 2).")),
            new ModuleText(STRATEGIC_DESIGN, 210,
                    new LocalizedText("Strategic design", "Diseño estratégico", "Desenho estratégico", "Conception stratégique"),
                    new LocalizedText(
                            "From priorities to a results framework: what the NAP will do, by when and with whom.",
                            "De las prioridades a un marco de resultados: qué hará el PAN, en qué plazo y con quién.",
                            "Das prioridades a um quadro de resultados: o que o PAN fará, em que prazo e com quem.",
                            "Des priorités au cadre de résultats : ce que fera le PAN, dans quels délais et avec qui."),
                    new LocalizedText(
                            "Prioritise under the four WPS pillars; write results at each level; set realistic timelines.",
                            "Priorizar según los cuatro pilares de MPS; redactar resultados en cada nivel; fijar plazos realistas.",
                            "Priorizar segundo os quatro pilares de MPS; redigir resultados em cada nível; definir prazos realistas.",
                            "Prioriser selon les quatre piliers FPS ; rédiger les résultats à chaque niveau ; fixer des délais réalistes.")),
            new ModuleText(INSTITUTIONAL_COORDINATION, 180,
                    new LocalizedText("Institutional coordination", "Coordinación interinstitucional", "Coordenação interinstitucional", "Coordination interinstitutionnelle"),
                    new LocalizedText(
                            "Who leads, who contributes, and how ministries, security institutions and civil society work together on the NAP.",
                            "Quién lidera, quién contribuye y cómo ministerios, instituciones de seguridad y sociedad civil trabajan juntos en el PAN.",
                            "Quem lidera, quem contribui e como ministérios, instituições de segurança e sociedade civil trabalham juntos no PAN.",
                            "Qui pilote, qui contribue et comment ministères, institutions de sécurité et société civile travaillent ensemble sur le PAN."),
                    new LocalizedText(
                            "Map the institutions involved; agree roles and a coordination mechanism; plan the participation of civil society.",
                            "Mapear las instituciones involucradas; acordar roles y un mecanismo de coordinación; planificar la participación de la sociedad civil.",
                            "Mapear as instituições envolvidas; acordar papéis e um mecanismo de coordenação; planejar a participação da sociedade civil.",
                            "Cartographier les institutions concernées ; convenir des rôles et d'un mécanisme de coordination ; planifier la participation de la société civile.")),
            new ModuleText(LOCALIZATION, 210,
                    new LocalizedText("Localization", "Localización", "Localização", "Localisation"),
                    new LocalizedText(
                            "Bringing the NAP to municipalities and communities, with local women's organisations and authorities.",
                            "Llevar el PAN a municipios y comunidades, con organizaciones de mujeres y autoridades locales.",
                            "Levar o PAN a municípios e comunidades, com organizações de mulheres e autoridades locais.",
                            "Porter le PAN dans les communes et les communautés, avec les organisations de femmes et les autorités locales."),
                    new LocalizedText(
                            "Identify local priorities and actors; adapt actions to local contexts; plan local action and follow-up.",
                            "Identificar prioridades y actores locales; adaptar las acciones a los contextos locales; planificar la acción y el seguimiento locales.",
                            "Identificar prioridades e atores locais; adaptar as ações aos contextos locais; planejar a ação e o acompanhamento locais.",
                            "Identifier les priorités et les acteurs locaux ; adapter les actions aux contextes locaux ; planifier l'action et le suivi locaux.")),
            new ModuleText(MONITORING_AND_EVALUATION, 180,
                    new LocalizedText("Monitoring and evaluation", "Monitoreo y evaluación", "Monitoramento e avaliação", "Suivi et évaluation"),
                    new LocalizedText(
                            "Indicators, baselines, targets and reports that show whether the NAP is working.",
                            "Indicadores, líneas de base, metas e informes que muestran si el PAN funciona.",
                            "Indicadores, linhas de base, metas e relatórios que mostram se o PAN está funcionando.",
                            "Indicateurs, situations de référence, cibles et rapports qui montrent si le PAN fonctionne."),
                    new LocalizedText(
                            "Choose indicators with baselines and targets; disaggregate data by sex; plan periodic progress reports.",
                            "Elegir indicadores con líneas de base y metas; desagregar los datos por sexo; planificar informes periódicos de avance.",
                            "Escolher indicadores com linhas de base e metas; desagregar os dados por sexo; planejar relatórios periódicos de progresso.",
                            "Choisir des indicateurs avec situations de référence et cibles ; ventiler les données par sexe ; planifier des rapports d'étape périodiques.")));

    /** New modules of {@code programme}, in teaching order. */
    static List<org.napacademy.domain.model.curriculum.Module> modulesOf(Programme programme) {
        return MODULES.stream().map(text -> {
            var module = new org.napacademy.domain.model.curriculum.Module(
                    programme, text.code(), text.title(), text.minutes(), MODULES.indexOf(text) + 1);
            module.describe(text.description(), text.objectives());
            return module;
        }).toList();
    }
}
