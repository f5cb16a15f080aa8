package org.napacademy.interfaces.ui.library;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.napacademy.application.CurriculumService;
import org.napacademy.application.ProgrammeService;
import org.napacademy.application.ResourceLibraryService;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.interfaces.ui.MainLayout;

/**
 * The curriculum modules of a programme with the number of resources in each library; a click opens the module's
 * library. Everyone signed in sees the programmes they may read.
 */
@Dependent
@Route(value = "modules", layout = MainLayout.class)
public class ModulesView extends VerticalLayout implements HasDynamicTitle {
    /** An academy runs a handful of programmes: the first hundred are offered. */
    private static final int PROGRAMMES_OFFERED = 100;
    private final CurriculumService curriculum;
    private final ResourceLibraryService library;
    final ComboBox<Programme> programme = new ComboBox<>(getTranslation("library.modules.programme"));
    final Grid<org.napacademy.domain.model.curriculum.Module> grid = new Grid<>();
    private Map<Long, Long> counts = new HashMap<>();

    @Inject
    public ModulesView(CurriculumService curriculum, ProgrammeService programmes, ResourceLibraryService library) {
        this.curriculum = curriculum;
        this.library = library;
        setSizeFull();
        var subtitle = new Paragraph(getTranslation("library.modules.subtitle"));
        subtitle.addClassName("subtitle");

        var offered = programmes.page(0, PROGRAMMES_OFFERED);
        programme.setItems(offered);
        programme.setItemLabelGenerator(Programme::name);
        programme.setWidth("min(100%, 32em)");
        programme.setVisible(offered.size() > 1);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(module -> new RouterLink(module.title().in(getLocale()), ModuleLibraryView.class,
                        new RouteParameters(ModuleLibraryView.ID, String.valueOf(module.id())))).setHeader(getTranslation("library.modules.column.module"))
                .setFlexGrow(3).setAutoWidth(true);
        grid.addColumn(module -> module.description().map(text -> text.in(getLocale())).orElse(""))
                .setHeader(getTranslation("library.modules.column.description")).setFlexGrow(5);
        grid.addColumn(module -> counts.getOrDefault(module.id(), 0L)).setHeader(getTranslation("library.modules.column.resources"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("library.modules.empty"));
        grid.addItemClickListener(click -> UI.getCurrent().navigate(ModuleLibraryView.ROUTE_PREFIX + click.getItem().id()));
        grid.getElement().setAttribute("aria-label", getTranslation("library.modules.title"));
        programme.addValueChangeListener(change -> show(change.getValue()));

        add(new H1(getTranslation("library.modules.title")), subtitle, programme, grid);
        setFlexGrow(1, grid);
        if (!offered.isEmpty()) programme.setValue(offered.get(0));
    }

    private void show(Programme chosen) {
        if (chosen == null) {
            grid.setItems();
            return;
        }
        long programmeId = chosen.id();
        counts = library.countsInUse(programmeId);
        grid.setItems(query -> curriculum.modules(programmeId, query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(curriculum.countModules(programmeId)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("library.modules.title") + " · " + getTranslation("app.title");
    }
}
