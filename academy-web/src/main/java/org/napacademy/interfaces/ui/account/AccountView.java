package org.napacademy.interfaces.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.stream.Collectors;
import org.napacademy.application.UserService;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.application.security.ApiTokenService;
import org.napacademy.domain.model.user.ApiToken;
import org.napacademy.interfaces.ui.MainLayout;
import org.napacademy.interfaces.ui.reminders.EmailForm;
import org.napacademy.interfaces.ui.common.Attempt;
import org.napacademy.interfaces.ui.common.Confirmations;

/**
 * Who the signed-in person is, their password (changed by naming the current one), and their personal API
 * tokens: made (the secret shown once) and revoked.
 */
@Dependent
@Route(value = "account", layout = MainLayout.class)
public class AccountView extends VerticalLayout implements HasDynamicTitle {
    private final ApiTokenService tokens;
    private final Clock clock;
    private final Grid<ApiToken> grid = new Grid<>();
    private final DateTimeFormatter times;

    @Inject
    public AccountView(AccessPolicy access, ApiTokenService tokens, UserService users, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        var actor = access.actor();
        var roles = actor.roles().stream().map(role -> getTranslation("account.role." + role.name())).sorted()
                .collect(Collectors.joining(", "));
        var who = new Paragraph(getTranslation("account.who", actor.username(), roles));
        who.setId("account-who");

        var create = new Button(getTranslation("account.tokens.new"), VaadinIcon.PLUS.create(), click -> openNewToken());
        create.setId("new-token");
        var intro = new Paragraph(getTranslation("account.tokens.intro"));
        intro.getStyle().set("max-width", "48em");

        grid.addColumn(ApiToken::name).setHeader(getTranslation("account.tokens.name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(token -> time(token.createdAt())).setHeader(getTranslation("account.tokens.createdAt")).setAutoWidth(true);
        grid.addColumn(token -> time(token.expiresAt())).setHeader(getTranslation("account.tokens.expiresAt")).setAutoWidth(true);
        grid.addColumn(token -> time(token.lastUsedAt())).setHeader(getTranslation("account.tokens.lastUsedAt")).setAutoWidth(true);
        grid.addColumn(this::state).setHeader(getTranslation("account.tokens.state")).setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setId("tokens");

        var password = new PasswordForm();
        password.addChangeListener(change -> {
            if (Attempt.write(() -> users.changeOwnPassword(change.currentPassword(), change.newPassword()), password::clear)) {
                password.clear();
                Attempt.saved();
            }
        });

        var email = new EmailForm(users.me().email().orElse(""));
        email.addSaveListener(save -> Attempt.writeAndReload(() -> users.changeOwnEmail(save.email()), () -> { }));

        add(new H1(getTranslation("account.title")), who, new H2(getTranslation("reminders.email.title")), email,
                new H2(getTranslation("account.password")), password,
                new H2(getTranslation("account.tokens")), intro, create, grid);
        reload();
    }

    private void reload() {
        grid.setItems(tokens.mine());
    }

    private void openNewToken() {
        var dialog = new NewTokenDialog();
        dialog.addCreateListener(asked -> Attempt.write(() -> {
            var created = tokens.create(asked.command());
            dialog.showSecret(created);
            reload();
        }, this::reload));
        dialog.open();
    }

    private Button revokeButton(ApiToken token) {
        var revoke = new Button(getTranslation("account.tokens.revoke"), VaadinIcon.BAN.create());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        revoke.setVisible(token.revokedAt().isEmpty());
        revoke.addClickListener(click -> Confirmations.ask(getTranslation("account.tokens.revoke.header"),
                getTranslation("account.tokens.revoke.text", token.name()), getTranslation("account.tokens.revoke"), true,
                () -> Attempt.writeAndReload(() -> tokens.revoke(token.id()), this::reload)));
        return revoke;
    }

    private String state(ApiToken token) {
        if (token.revokedAt().isPresent()) return getTranslation("account.tokens.state.revoked");
        return getTranslation(token.isUsableAt(clock.instant()) ? "account.tokens.state.active" : "account.tokens.state.expired");
    }

    private String time(Instant instant) { return times.format(instant); }

    private String time(Optional<Instant> instant) { return instant.map(this::time).orElse("–"); }

    @Override public String getPageTitle() { return getTranslation("account.title") + " · " + getTranslation("app.title"); }
}
