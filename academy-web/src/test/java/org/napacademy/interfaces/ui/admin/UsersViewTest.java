package org.napacademy.interfaces.ui.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.napacademy.interfaces.ui.ViewTestSupport.withId;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.napacademy.application.DelegationChoice;
import org.napacademy.application.NewUser;
import org.napacademy.application.RoadmapService;
import org.napacademy.application.UserChanges;
import org.napacademy.application.UserService;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.application.security.Actor;
import org.napacademy.domain.model.user.Role;
import org.napacademy.domain.model.user.UserAccount;
import org.napacademy.interfaces.ui.MainLayout;
import org.napacademy.interfaces.ui.TestAcademy;
import org.napacademy.interfaces.ui.ViewTestSupport;

class UsersViewTest {
    private final TestAcademy academy = new TestAcademy();
    private final UserAccount trainer = withId(new UserAccount("trainer.ana", "Ana Trainer", "hash", Set.of(Role.TRAINER)), 21);
    private final List<UserAccount> accounts = new ArrayList<>(List.of(trainer));
    private final List<Object> calls = new ArrayList<>();

    @AfterEach
    void stopVaadin() {
        ViewTestSupport.tearDown();
    }

    @Test
    void an_administrator_creates_a_delegate_of_a_delegation_through_the_form() {
        startAs(Actor.SYSTEM);
        UI.getCurrent().navigate("admin/users");
        assertThat(GridKt._getFormattedRow(_get(UsersView.class).grid, 0)).startsWith("trainer.ana", "Ana Trainer", "Trainer");
        _click(_get(Button.class, spec -> spec.withText("New user")));
        var form = _get(UserForm.class);
        assertThat(form.delegation.isVisible()).isFalse();

        _setValue(form.username, "Rosa Mamani");
        _setValue(form.password, "short");
        _click(form.saveButton());

        assertThat(form.username.isInvalid()).isTrue();
        assertThat(form.displayName.isInvalid()).isTrue();
        assertThat(form.roles.isInvalid()).isTrue();
        assertThat(form.password.getErrorMessage()).isEqualTo("The password needs at least 10 characters");
        assertThat(calls).isEmpty();

        _setValue(form.username, "rosa.mamani");
        _setValue(form.displayName, "Rosa Mamani");
        _setValue(form.password, "a long enough secret");
        _setValue(form.roles, Set.of(Role.DELEGATE));
        assertThat(form.delegation.isVisible()).isTrue();
        assertThat(form.programmes.isVisible()).isFalse();
        assertThat(form.delegation.getItemLabelGenerator().apply(11L)).isEqualTo("Bolivia · 2025 Panama City");
        _setValue(form.delegation, 11L);
        _click(form.saveButton());

        assertThat(calls).singleElement().isEqualTo(
                new NewUser("rosa.mamani", "Rosa Mamani", "a long enough secret", Set.of(Role.DELEGATE), 11L, Set.of()));
        assertThat(_find(UserForm.class)).isEmpty();
        assertThat(GridKt._size(_get(UsersView.class).grid)).isEqualTo(2);
    }

    @Test
    void a_click_on_a_row_edits_the_account_without_its_username_or_password() {
        startAs(Actor.SYSTEM);
        UI.getCurrent().navigate("admin/users");
        GridKt._clickItem(_get(UsersView.class).grid, 0);
        var form = _get(UserForm.class);
        assertThat(form.username.isEnabled()).isFalse();
        assertThat(form.password.isVisible()).isFalse();

        _setValue(form.active, false);
        _click(form.saveButton());

        assertThat(calls).singleElement().isEqualTo(new UserChanges("Ana Trainer", Set.of(Role.TRAINER), null, Set.of(), false));
    }

    @Test
    void the_users_menu_item_is_an_administrators_only() {
        startAs(Actor.SYSTEM);
        UI.getCurrent().navigate("admin/users");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Cohorts", "Users");
        ViewTestSupport.tearDown();

        startAs(Actor.of(trainer));
        UI.getCurrent().navigate("admin/users");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Cohorts").doesNotContain("Users");
    }

    private void startAs(Actor actor) {
        Map<Class<?>, Supplier<?>> views = Map.of(
                UsersView.class, () -> new UsersView(users(), academy.programmes()),
                MainLayout.class, () -> new MainLayout(new AccessPolicy(() -> actor), new RoadmapService(), users()));
        ViewTestSupport.setUp(Locale.ENGLISH, views);
    }

    /** Answers from the accounts in memory and records the writes a view asks for. */
    private UserService users() {
        return new UserService() {
            @Override public List<UserAccount> page(Role role, String text, int offset, int limit) {
                return accounts.subList(Math.min(offset, accounts.size()), Math.min(accounts.size(), offset + limit));
            }

            @Override public long count(Role role, String text) { return accounts.size(); }

            @Override public UserAccount user(long id) { return trainer; }

            @Override public List<DelegationChoice> delegationChoices() {
                return List.of(new DelegationChoice(academy.delegation.id(), academy.bolivia.name(), academy.cohort.name()));
            }

            @Override public UserAccount create(NewUser command) {
                calls.add(command);
                var account = new UserAccount(command.username(), command.displayName(), "hash", command.roles());
                accounts.add(account);
                return account;
            }

            @Override public UserAccount update(long id, long expectedVersion, UserChanges changes) {
                calls.add(changes);
                return trainer;
            }
        };
    }
}
