package org.napacademy.interfaces.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;

@Route("")
public class CohortListView extends VerticalLayout {
    public CohortListView() {
        add(new H1("Cohorts"));
    }
}
