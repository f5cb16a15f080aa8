package org.napacademy.interfaces.ui.reminders;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.napacademy.domain.model.user.UserAccount;

/** The address reminders are mailed to, as the account page edits it; the constraints mirror PUT /me/email. */
public class EmailDraft {
    @Email @Size(max = UserAccount.EMAIL_MAX) private String email = "";

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email == null ? "" : email.trim(); }
}
