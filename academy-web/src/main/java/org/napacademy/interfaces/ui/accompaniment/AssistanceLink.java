package org.napacademy.interfaces.ui.accompaniment;

import com.vaadin.flow.component.html.Anchor;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.delegation.Delegation;

/** A link to a delegation's assistance page, for lists of delegations; empty for those who may not read its records. */
public final class AssistanceLink {
    private AssistanceLink() {
    }

    public static Anchor of(Delegation delegation, AccessPolicy access) {
        if (!access.mayReadPersonalData(delegation)) return new Anchor();
        var link = new Anchor("delegations/" + delegation.id() + "/assistance");
        link.setText(link.getTranslation("delegation.assistance.open"));
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
