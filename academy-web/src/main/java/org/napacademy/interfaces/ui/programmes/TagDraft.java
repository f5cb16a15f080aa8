package org.napacademy.interfaces.ui.programmes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.napacademy.domain.model.programme.ThematicTag;
import org.napacademy.domain.model.shared.LocalizedText;

/** One thematic tag being edited: its code and its label in the four languages (English required). */
public class TagDraft {
    /** What a tag code looks like, as {@link ThematicTag} requires it. */
    static final String CODE_PATTERN = "[A-Z][A-Z0-9_]*";

    @NotBlank @Size(max = 40) private String code = "";
    @NotBlank @Size(max = ThematicTag.MAX_LABEL) private String en = "";
    @Size(max = ThematicTag.MAX_LABEL) private String es = "";
    @Size(max = ThematicTag.MAX_LABEL) private String pt = "";
    @Size(max = ThematicTag.MAX_LABEL) private String fr = "";

    public static TagDraft of(ThematicTag tag) {
        var draft = new TagDraft();
        draft.code = tag.code();
        draft.en = tag.label().en();
        draft.es = tag.label().translationIn("es").orElse("");
        draft.pt = tag.label().translationIn("pt").orElse("");
        draft.fr = tag.label().translationIn("fr").orElse("");
        return draft;
    }

    ThematicTag toTag() { return new ThematicTag(code.strip(), new LocalizedText(en, blankless(es), blankless(pt), blankless(fr))); }

    static String blankless(String text) { return text == null || text.isBlank() ? null : text.strip(); }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getEn() { return en; }
    public void setEn(String en) { this.en = en; }
    public String getEs() { return es; }
    public void setEs(String es) { this.es = es; }
    public String getPt() { return pt; }
    public void setPt(String pt) { this.pt = pt; }
    public String getFr() { return fr; }
    public void setFr(String fr) { this.fr = fr; }
}
