package org.napacademy.interfaces.ui.admin;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Set;
import org.napacademy.application.UserService;
import org.napacademy.domain.model.user.Role;
import org.napacademy.interfaces.ui.common.DraftForm;

/**
 * Username, name, roles and links of an account. The username and the initial password are given once, at
 * creation; the delegation is offered to a delegate, the programmes to a sponsor.
 */
public class UserForm extends DraftForm<UserBean> {
    final TextField username = new TextField(getTranslation("user.username"));
    final TextField displayName = new TextField(getTranslation("user.displayName"));
    final EmailField email = new EmailField(getTranslation("reminders.email"));
    final PasswordField password = new PasswordField(getTranslation("user.password"));
    final CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("user.roles"));
    final ComboBox<Long> delegation = new ComboBox<>(getTranslation("user.delegation"));
    final MultiSelectComboBox<Long> programmes = new MultiSelectComboBox<>(getTranslation("user.programmes"));
    final Checkbox active = new Checkbox(getTranslation("user.active"));

    /** {@code delegationNames} and {@code programmeNames}: what may be linked, by id. */
    public UserForm(Map<Long, String> delegationNames, Map<Long, String> programmeNames) {
        super(UserBean.class);
        username.setHelperText(getTranslation("user.username.helper"));
        password.setHelperText(getTranslation("user.password.helper"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role));
        roles.addValueChangeListener(change -> showLinksFor(change.getValue()));
        delegation.setItems(delegationNames.keySet());
        delegation.setItemLabelGenerator(id -> delegationNames.getOrDefault(id, String.valueOf(id)));
        programmes.setItems(programmeNames.keySet());
        programmes.setItemLabelGenerator(id -> programmeNames.getOrDefault(id, String.valueOf(id)));
        binder.forField(password)
                .withValidator(text -> draft() == null || !draft().isNew() || text != null && text.length() >= UserService.MIN_PASSWORD_LENGTH,
                        getTranslation("user.password.tooShort"))
                .bind("password");
        email.setHelperText(getTranslation("reminders.email.helper.admin"));
        layOut(username, displayName, email, password, roles, delegation, programmes, active);
        setColspan(roles, 2);
        setColspan(delegation, 2);
        setColspan(programmes, 2);
        showLinksFor(Set.of());
    }

    @Override
    public void edit(UserBean user, boolean deletable) {
        super.edit(user, deletable);
        username.setEnabled(user.isNew());
        password.setVisible(user.isNew());
        active.setVisible(!user.isNew());
        showLinksFor(user.getRoles());
    }

    private void showLinksFor(Set<Role> chosen) {
        delegation.setVisible(chosen.contains(Role.DELEGATE));
        programmes.setVisible(chosen.contains(Role.SPONSOR));
    }
}
