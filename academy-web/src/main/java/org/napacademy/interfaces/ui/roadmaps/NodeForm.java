package org.napacademy.interfaces.ui.roadmaps;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.napacademy.interfaces.ui.common.LocalizedDatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Map;
import java.util.List;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.domain.model.programme.ThematicTag;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.interfaces.ui.common.Choices;
import org.napacademy.interfaces.ui.common.DraftForm;
import org.napacademy.interfaces.ui.gathering.AssigneeField;
import org.napacademy.interfaces.ui.library.ModuleResourcesLink;
import org.napacademy.interfaces.words.ProgrammeWords;

/** Title, description, tag, institution, dates, status and drafted-in module of one node. */
public class NodeForm extends DraftForm<NodeDraft> {

    private final H3 heading = new H3();
    private final ProgrammeWords words;
    final TextField title = new TextField(getTranslation("node.title"));
    final TextArea description = new TextArea(getTranslation("node.description"));
    final ComboBox<String> tag = new ComboBox<>();
    final TextField responsibleInstitution = new TextField(getTranslation("node.responsibleInstitution"));
    final DatePicker startDate = new LocalizedDatePicker(getTranslation("node.startDate"));
    final DatePicker endDate = new LocalizedDatePicker(getTranslation("node.endDate"));
    final ComboBox<ProgressStatus> status = Choices.of(getTranslation("node.status"), "roadmap.progress", EnumSet.allOf(ProgressStatus.class));
    final ComboBox<Long> draftedInModuleId = new ComboBox<>(getTranslation("node.draftedIn"));
    final ModuleResourcesLink moduleResources = new ModuleResourcesLink();
    /** Only on a gathering's shared roadmap, once its view offers the cohort's delegations. */
    final AssigneeField assignedDelegationId = new AssigneeField();

    /**
     * {@code modules}: the programme's modules, id to label; {@code tags}: the programme's thematic tags (none hides the
     * field, and a tag is required when there are some); {@code words}: the programme's words for the heading and the tag.
     */
    public NodeForm(Map<Long, String> modules, List<ThematicTag> tags, ProgrammeWords words) {
        super(NodeDraft.class);
        this.words = words;
        tag.setLabel(words.word(Term.TAG));
        var labels = new java.util.LinkedHashMap<String, String>();
        tags.forEach(t -> labels.put(t.code(), t.labelIn(getLocale())));
        tag.setItems(labels.keySet());
        tag.setItemLabelGenerator(code -> labels.getOrDefault(code, code));
        tag.setVisible(!tags.isEmpty());
        if (!tags.isEmpty()) binder.forField(tag).asRequired(getTranslation("node.tagRequired", words.word(Term.TAG))).bind("tag");
        draftedInModuleId.setItems(modules.keySet());
        draftedInModuleId.setItemLabelGenerator(id -> modules.getOrDefault(id, String.valueOf(id)));
        draftedInModuleId.setClearButtonVisible(true);
        draftedInModuleId.addValueChangeListener(change -> moduleResources.show(change.getValue(), modules.get(change.getValue())));
        title.setMaxLength(300);
        description.setMaxLength(4000);
        description.setMaxHeight("10em");
        responsibleInstitution.setMaxLength(300);
        binder.forField(endDate)
                .withValidator(end -> end == null || startDate.getValue() == null || !end.isBefore(startDate.getValue()),
                        getTranslation("node.endBeforeStart"))
                .bind("endDate");
        startDate.addValueChangeListener(change -> { if (endDate.getValue() != null) binder.validate(); });
        add(heading, 2);
        add(title, 2);
        add(description, 2);
        add(tag, status, startDate, endDate, responsibleInstitution, draftedInModuleId);
        add(assignedDelegationId);
        add(moduleResources, 2);
        layOut();
    }

    /** Shows the node; {@code structureEditable} is false once the roadmap left DRAFT (only the status then changes). */
    public void edit(NodeDraft draft, boolean structureEditable) {
        super.edit(draft, structureEditable && !draft.isNew());
        heading.setText(getTranslation(draft.isNew() ? "node.new" : "node.edit", words.word(Term.of(draft.getLevel()))));
        tag.setReadOnly(!structureEditable);
        startDate.setReadOnly(!structureEditable);
        endDate.setReadOnly(!structureEditable);
    }
}
