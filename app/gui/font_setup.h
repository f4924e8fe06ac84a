#pragma once
// Font set-up the reading view needs before any text is drawn.
//
// wxStyledTextCtrl on GTK (wxWidgets before 3.2.6, Debian 12 ships 3.2.2)
// measures characters one by one but Pango draws ligatures ("fi", "ff",
// "fl" in Noto Sans) as one glyph, so after a ligature the caret, the
// selection and every claim highlight sit one glyph off from the text they
// belong to (wxWidgets issue 13168). A historian would select and tag the
// wrong characters. Turning ligatures off for the process (a fontconfig
// rule that Pango honours) keeps what is drawn and what is measured the
// same; reading text loses nothing but the joined glyphs.
namespace crux::gui {

// Idempotent; call before the first source view is created. Returns false
// when fontconfig refused the rule (nothing else to do then).
bool turn_off_ligatures();

}  // namespace crux::gui
