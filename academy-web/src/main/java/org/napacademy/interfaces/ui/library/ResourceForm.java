package org.napacademy.interfaces.ui.library;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumSet;
import java.util.Locale;
import org.napacademy.domain.model.library.ModuleResource;
import org.napacademy.domain.model.library.ResourceKind;
import org.napacademy.interfaces.ui.common.Choices;
import org.napacademy.interfaces.ui.common.DraftForm;

/**
 * Kind, title and description in the four languages, the languages the resource is in, and either its web address
 * (a link) or, for a new file resource, the file uploaded (at most {@code maxFileBytes}). An existing file stays.
 */
public class ResourceForm extends DraftForm<ResourceBean> {
    final ComboBox<ResourceKind> kind = Choices.of(getTranslation("library.form.kind"), "library.kind", EnumSet.allOf(ResourceKind.class));
    final CheckboxGroup<String> languages = new CheckboxGroup<>(getTranslation("library.form.languages"));
    final TextField titleEn = languageField("library.form.title", "en");
    final TextField titleEs = languageField("library.form.title", "es");
    final TextField titlePt = languageField("library.form.title", "pt");
    final TextField titleFr = languageField("library.form.title", "fr");
    final TextField descriptionEn = languageField("library.form.description", "en");
    final TextField descriptionEs = languageField("library.form.description", "es");
    final TextField descriptionPt = languageField("library.form.description", "pt");
    final TextField descriptionFr = languageField("library.form.description", "fr");
    final TextField url = new TextField(getTranslation("library.form.url"));
    final BoundedUpload upload;
    final Span fileStatus = new Span();
    private final VerticalLayout file = new VerticalLayout();
    private final long maxFileBytes;

    public ResourceForm(long maxFileBytes) {
        super(ResourceBean.class);
        this.maxFileBytes = maxFileBytes;
        languages.setItems(ModuleResource.LANGUAGES);
        languages.setItemLabelGenerator(code -> getTranslation("language." + code));
        url.setPlaceholder("https://");
        url.setMaxLength(ModuleResource.MAX_URL_LENGTH);
        binder.forField(url)
                .withValidator(address -> draft() == null || draft().isFile() || isWebAddress(address), getTranslation("library.form.url.invalid"))
                .bind("url");
        upload = new BoundedUpload(maxFileBytes, this::receive);
        upload.addFileRejectedListener(rejected -> showFileProblem(getTranslation("library.form.file.tooLarge",
                FileSizes.megabytes(maxFileBytes, getLocale()))));
        var helper = new Span(getTranslation("library.form.file.helper", FileSizes.megabytes(maxFileBytes, getLocale())));
        helper.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        file.setPadding(false);
        file.setSpacing(false);
        file.add(new Span(getTranslation("library.form.file")), upload, helper, fileStatus);
        add(kind, languages, titleEn, titleEs, titlePt, titleFr, descriptionEn, descriptionEs, descriptionPt, descriptionFr);
        add(url, 2);
        add(file, 2);
        layOut();
        // a missing file is said together with the other fields' messages, not only once they are valid
        saveButton().addClickListener(click -> hasFileWhereNeeded());
    }

    @Override
    public void edit(ResourceBean bean, boolean deletable) {
        super.edit(bean, deletable);
        kind.setItems(bean.isFile() ? EnumSet.complementOf(EnumSet.of(ResourceKind.LINK)) : EnumSet.allOf(ResourceKind.class));
        kind.setValue(bean.getKind());
        url.setVisible(!bean.isFile());
        file.setVisible(bean.isFile() && bean.isNew());
        upload.clearFileList();
        showFileProblem("");
    }

    /** False, with the reason shown under the upload, when a new file resource has no file yet. */
    boolean hasFileWhereNeeded() {
        var bean = draft();
        if (bean == null || !bean.isFile() || !bean.isNew() || bean.hasContent()) return true;
        showFileProblem(getTranslation("library.form.file.missing"));
        return false;
    }

    /** What the upload received: kept in the draft, or refused as too large. */
    void receive(String fileName, byte[] content) {
        if (content == null) {
            showFileProblem(getTranslation("library.form.file.tooLarge", FileSizes.megabytes(maxFileBytes, getLocale())));
            upload.clearFileList();
            return;
        }
        draft().receive(fileName, content);
        fileStatus.getStyle().remove("color");
        fileStatus.setText(getTranslation("library.form.file.received", fileName, FileSizes.of(content.length, getLocale())));
        if (titleEn.isEmpty()) titleEn.setValue(titleOf(fileName));
    }

    private void showFileProblem(String message) {
        fileStatus.setText(message);
        fileStatus.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    private TextField languageField(String key, String language) {
        var field = new TextField(getTranslation(key, getTranslation("language." + language)));
        field.setMaxLength(400);
        field.setClearButtonVisible(true);
        return field;
    }

    /** A file "Costing_template-v2.pdf" suggests the title "Costing template v2". */
    private static String titleOf(String fileName) {
        var dot = fileName.lastIndexOf('.');
        return (dot > 0 ? fileName.substring(0, dot) : fileName).replaceAll("[_-]+", " ").trim();
    }

    private static boolean isWebAddress(String address) {
        try {
            var uri = new URI(address.trim());
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
