package org.napacademy.interfaces.ui.roadmaps;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Predicate;
import java.util.Objects;
import org.napacademy.application.NodeOutline;
import org.napacademy.application.RoadmapOutline;
import org.napacademy.interfaces.words.ProgrammeWords;

/**
 * Chooses a new parent for a node among those that may hold it: the template's level above the node's,
 * in the same roadmap, neither the current parent nor the node's own subtree. {@code move} answers
 * whether the move went through; the dialog stays open when it did not.
 */
class MoveDialog extends Dialog {

    MoveDialog(NodeOutline node, RoadmapOutline roadmap, ProgrammeWords words, Predicate<NodeOutline> move) {
        setHeaderTitle(getTranslation("node.moveTitle", node.title()));
        var parents = roadmap.nodes().stream()
                .filter(candidate -> roadmap.template().mayContain(candidate.level(), node.level()))
                .filter(candidate -> !Objects.equals(node.parentId(), candidate.id()))
                .toList();
        var parent = new ComboBox<NodeOutline>(getTranslation("node.newParent"));
        parent.setItems(parents);
        parent.setItemLabelGenerator(candidate -> words.level(candidate.level()) + ": " + candidate.title());
        parent.setWidthFull();
        parent.setRequiredIndicatorVisible(true);
        var hint = new Paragraph(parents.isEmpty() ? getTranslation("node.moveNowhere") : getTranslation("node.moveHint"));
        add(hint, parent);
        setWidth("min(40em, 95vw)");

        var confirm = new Button(getTranslation("node.move"), click -> {
            if (parent.getValue() == null) {
                parent.setInvalid(true);
                parent.setErrorMessage(getTranslation("node.newParentRequired"));
            } else if (move.test(parent.getValue())) {
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(!parents.isEmpty());
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}
