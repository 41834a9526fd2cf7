package org.flowpilot.model.impl;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.LanguageRegion;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.ScreenVisibility;

/**
 * The OOBE screens a deployment profile hides, as a live list over the profile's OOBE settings.
 * <p>
 * The settings stay the single source of truth: reading the list derives it from them, adding a screen sets the
 * setting that hides it, removing a screen sets the setting that shows it. Hiding the keyboard screen also presets the
 * language (Intune skips the keyboard page only when the language is set), and showing the language screen shows the
 * keyboard screen too. Screens no profile setting controls are rejected.
 */
public final class HiddenScreenList extends AbstractList<ScreenKind> implements EList<ScreenKind> {

    /** The screens a deployment profile setting can hide, in the order the list reports them. */
    public static final List<ScreenKind> HIDEABLE_SCREENS = List.of(ScreenKind.LANGUAGE_REGION, ScreenKind.KEYBOARD,
            ScreenKind.LICENSE_TERMS, ScreenKind.PRIVACY, ScreenKind.CHANGE_ACCOUNT_OPTIONS);

    private final DeploymentProfile profile;

    /** Creates the view over {@code profile}'s settings. */
    public HiddenScreenList(DeploymentProfile profile) {
        this.profile = profile;
    }

    private List<ScreenKind> snapshot() {
        List<ScreenKind> hidden = new ArrayList<>(HIDEABLE_SCREENS.size());
        for (ScreenKind screen : HIDEABLE_SCREENS) {
            if (isHidden(screen)) {
                hidden.add(screen);
            }
        }
        return hidden;
    }

    private boolean isHidden(ScreenKind screen) {
        boolean languagePreset = profile.getLanguageRegion() != LanguageRegion.USER_SELECT;
        return switch (screen) {
            case LANGUAGE_REGION -> languagePreset;
            case KEYBOARD -> languagePreset && profile.isAutomaticallyConfigureKeyboard();
            case LICENSE_TERMS -> profile.getMicrosoftSoftwareLicenseTerms() == ScreenVisibility.HIDE;
            case PRIVACY -> profile.getPrivacySettings() == ScreenVisibility.HIDE;
            case CHANGE_ACCOUNT_OPTIONS -> profile.getHideChangeAccountOptions() == ScreenVisibility.HIDE;
            default -> false;
        };
    }

    private void setHidden(ScreenKind screen, boolean hide) {
        ScreenVisibility visibility = hide ? ScreenVisibility.HIDE : ScreenVisibility.SHOW;
        switch (screen) {
            case LANGUAGE_REGION -> setLanguagePreset(hide);
            case KEYBOARD -> {
                if (hide) {
                    setLanguagePreset(true);
                }
                profile.setAutomaticallyConfigureKeyboard(hide);
            }
            case LICENSE_TERMS -> profile.setMicrosoftSoftwareLicenseTerms(visibility);
            case PRIVACY -> profile.setPrivacySettings(visibility);
            case CHANGE_ACCOUNT_OPTIONS -> profile.setHideChangeAccountOptions(visibility);
            default -> throw new IllegalArgumentException("No deployment profile setting hides the '"
                    + screen.getLiteral() + "' screen; only " + HIDEABLE_SCREENS + " can be hidden.");
        }
    }

    private void setLanguagePreset(boolean preset) {
        if (!preset) {
            profile.setLanguageRegion(LanguageRegion.USER_SELECT);
        } else if (profile.getLanguageRegion() == LanguageRegion.USER_SELECT) {
            boolean hasLocale = profile.getLocale() != null && !profile.getLocale().isBlank();
            profile.setLanguageRegion(hasLocale ? LanguageRegion.SPECIFIC_LOCALE : LanguageRegion.OPERATING_SYSTEM_DEFAULT);
        }
    }

    @Override
    public ScreenKind get(int index) {
        return snapshot().get(index);
    }

    @Override
    public int size() {
        return snapshot().size();
    }

    @Override
    public boolean add(ScreenKind screen) {
        if (isHidden(screen)) {
            return false;
        }
        setHidden(screen, true);
        modCount++;
        return true;
    }

    @Override
    public void add(int index, ScreenKind screen) {
        // The order is the fixed OOBE order, so the position asked for cannot be honoured.
        add(screen);
    }

    @Override
    public ScreenKind remove(int index) {
        ScreenKind screen = get(index);
        setHidden(screen, false);
        modCount++;
        return screen;
    }

    @Override
    public ScreenKind set(int index, ScreenKind screen) {
        ScreenKind previous = remove(index);
        add(screen);
        return previous;
    }

    @Override
    public void clear() {
        for (ScreenKind screen : HIDEABLE_SCREENS) {
            setHidden(screen, false);
        }
        modCount++;
    }

    @Override
    public void move(int newPosition, ScreenKind object) {
        throw new UnsupportedOperationException("Hidden screens are listed in OOBE order and cannot be reordered.");
    }

    @Override
    public ScreenKind move(int newPosition, int oldPosition) {
        throw new UnsupportedOperationException("Hidden screens are listed in OOBE order and cannot be reordered.");
    }
}
