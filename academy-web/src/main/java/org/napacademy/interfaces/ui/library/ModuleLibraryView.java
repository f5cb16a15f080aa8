package org.napacademy.interfaces.ui.library;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.Locale;
import org.napacademy.application.ResourceLibraryService;
import org.napacademy.domain.model.library.ModuleResource;
import org.napacademy.domain.model.library.ResourceKind;
import org.napacademy.interfaces.ui.MainLayout;
import org.napacademy.interfaces.ui.common.Attempt;
import org.napacademy.interfaces.ui.common.Choices;
import org.napacademy.interfaces.ui.common.Confirmations;
import org.napacademy.interfaces.ui.common.FormDialog;

/**
 * The resource library of one curriculum module: its templates, guides, worked examples and links, page by page,
 * narrowed by kind and language; each opens (a link) or downloads (a file). Administrators and trainers add a link
 * or upload a file, edit a resource, retire it (delegations no longer see it) and restore it.
 */
@Dependent
@Route(value = ModuleLibraryView.ROUTE_PREFIX + ":" + ModuleLibraryView.ID, layout = MainLayout.class)
public class ModuleLibraryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    public static final String ID = "id";
    static final String ROUTE_PREFIX = "modules/";

    private final ResourceLibraryService library;
    final ComboBox<ResourceKind> kind = Choices.of(getTranslation("library.filter.kind"), "library.kind", EnumSet.allOf(ResourceKind.class));
    final ComboBox<String> language = new ComboBox<>(getTranslation("library.filter.language"));
    final Checkbox retired = new Checkbox(getTranslation("library.filter.retired"));
    final Grid<ModuleResource> grid = new Grid<>();
    private final H1 heading = new H1();
    private final Paragraph description = new Paragraph();
    private long moduleId;
    private String title = "";

    @Inject
    public ModuleLibraryView(ResourceLibraryService library) {
        this.library = library;
        setSizeFull();
        language.setItems(ModuleResource.LANGUAGES);
        language.setItemLabelGenerator(code -> getTranslation("language." + code));
        kind.setPlaceholder(getTranslation("library.filter.kind.all"));
        language.setPlaceholder(getTranslation("library.filter.language.all"));
        for (var filter : new ComboBox<?>[] {kind, language}) {
            filter.setClearButtonVisible(true);
            filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        }
        retired.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        retired.setVisible(library.mayManage());
        description.addClassName("subtitle");

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(resource -> Badge.primary(getTranslation("library.kind." + resource.kind())))
                .setKey("kind").setHeader(getTranslation("library.column.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::titleOf).setKey("title").setHeader(getTranslation("library.column.title")).setFlexGrow(4);
        grid.addComponentColumn(this::languagesOf).setKey("languages").setHeader(getTranslation("library.column.languages")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::openerOf).setKey("open").setHeader(getTranslation("library.column.open")).setAutoWidth(true).setFlexGrow(0);
        if (library.mayManage())
            grid.addComponentColumn(this::actionsOf).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation(library.mayManage() ? "library.empty.manage" : "library.empty"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getRouteParameters().getLong(ID).orElse(-1L));
    }

    /** Shows the library of module {@code id}; the service refuses a module of a programme the actor may not read. */
    void open(long id) {
        var module = library.module(id);
        moduleId = id;
        title = module.title().in(getLocale());
        heading.setText(getTranslation("library.title", title));
        description.setText(module.description().map(text -> text.in(getLocale())).orElse(""));
        grid.setItems(query -> library.resources(moduleId, kind.getValue(), language.getValue(), retired.getValue(),
                        query.getOffset(), query.getLimit()).items().stream(),
                query -> Math.toIntExact(library.countResources(moduleId, kind.getValue(), language.getValue(), retired.getValue())));

        var back = new RouterLink(getTranslation("library.back"), ModulesView.class);
        var header = new HorizontalLayout(heading);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.getStyle().set("flex-wrap", "wrap");
        if (library.mayManage()) {
            var addLink = new Button(getTranslation("library.addLink"), VaadinIcon.LINK.create(), click -> create(ResourceBean.newLink()));
            var upload = new Button(getTranslation("library.upload"), VaadinIcon.UPLOAD.create(), click -> create(ResourceBean.newFile()));
            addLink.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(new HorizontalLayout(addLink, upload));
        }
        var filters = new HorizontalLayout(kind, language, retired);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        removeAll();
        add(back, header, description, filters, grid);
        setFlexGrow(1, grid);
    }

    private Component titleOf(ModuleResource resource) {
        var name = new Span(resource.title().in(getLocale()));
        name.getStyle().set("font-weight", "600");
        var cell = new Div(name);
        if (resource.isRetired()) {
            name.getStyle().set("text-decoration", "line-through");
            cell.add(new Span(" "), Badge.warning(getTranslation("library.retired")));
        }
        resource.description().ifPresent(text -> {
            var about = new Div(text.in(getLocale()));
            about.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
            cell.add(about);
        });
        return cell;
    }

    private Component languagesOf(ModuleResource resource) {
        var badges = new Div();
        resource.languages().forEach(code -> {
            var badge = Badge.neutral(code.toUpperCase(Locale.ROOT));
            badge.getElement().setAttribute("title", getTranslation("language." + code));
            badges.add(badge);
        });
        return badges;
    }

    /** A link opens in a new tab; a file downloads from the API, which the UI's session signs in. */
    private Component openerOf(ModuleResource resource) {
        if (resource.url().isPresent()) {
            var open = new Anchor(resource.url().get(), getTranslation("library.open"), AnchorTarget.BLANK);
            open.getElement().setAttribute("rel", "noopener noreferrer");
            return open;
        }
        var download = new Anchor("api/v1/module-resources/" + resource.id() + "/file",
                getTranslation("library.download", resource.fileType().orElseThrow().extension().toUpperCase(Locale.ROOT),
                        FileSizes.of(resource.sizeBytes().orElse(0L), getLocale())));
        download.getElement().setAttribute("download", resource.fileName().orElse(""));
        download.getElement().setAttribute("router-ignore", true);
        return download;
    }

    private Component actionsOf(ModuleResource resource) {
        var edit = new Button(getTranslation("action.edit"), click -> edit(resource));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var name = resource.title().in(getLocale());
        var retirement = resource.isRetired()
                ? new Button(getTranslation("library.restore"), click -> Confirmations.ask(getTranslation("library.restore.header"),
                        getTranslation("library.restore.text", name), getTranslation("library.restore"), false,
                        () -> Attempt.writeAndReload(() -> library.restore(resource.id(), resource.version()), this::reload)))
                : new Button(getTranslation("library.retire"), click -> Confirmations.ask(getTranslation("library.retire.header"),
                        getTranslation("library.retire.text", name), getTranslation("library.retire"), true,
                        () -> Attempt.writeAndReload(() -> library.retire(resource.id(), resource.version()), this::reload)));
        retirement.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        if (!resource.isRetired()) retirement.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var actions = new HorizontalLayout(edit, retirement);
        actions.setSpacing(false);
        return actions;
    }

    private void create(ResourceBean bean) {
        var dialog = open(bean.isFile() ? "library.form.newFile" : "library.form.newLink", bean);
        dialog.form().addSaveListener(save -> {
            var draft = save.draft();
            if (!((ResourceForm) dialog.form()).hasFileWhereNeeded()) return;
            Runnable write = draft.isFile()
                    ? () -> library.addFile(moduleId, draft.toDraft(), draft.getFileName(), new ByteArrayInputStream(draft.content()))
                    : () -> library.addLink(moduleId, draft.toDraft());
            if (Attempt.write(write, this::reload)) {
                dialog.close();
                Attempt.saved();
                reload();
            }
        });
    }

    private void edit(ModuleResource resource) {
        var dialog = open("library.form.edit", ResourceBean.of(library.resource(resource.id())));
        dialog.form().addSaveListener(save -> {
            var draft = save.draft();
            if (Attempt.write(() -> library.update(draft.getId(), draft.getVersion(), draft.toDraft()), () -> {
                dialog.close();
                reload();
            })) {
                dialog.close();
                Attempt.saved();
                reload();
            }
        });
    }

    private FormDialog<ResourceBean> open(String titleKey, ResourceBean bean) {
        var form = new ResourceForm(library.maxFileBytes());
        form.edit(bean, false);
        var dialog = new FormDialog<>(getTranslation(titleKey), form);
        dialog.open();
        return dialog;
    }

    private void reload() { grid.getDataProvider().refreshAll(); }

    @Override
    public String getPageTitle() {
        return getTranslation("library.title", title) + " · " + getTranslation("app.title");
    }
}
