package org.flowpilot.model.edit.labels;

import java.util.Locale;
import java.util.Map;

/**
 * Property names as the Intune admin center writes them: sentence case, with acronyms and product names kept
 * ("MFA required", "Allow pre-provisioned deployment", "Windows product ID"), not EMF's generated title case.
 */
public final class PropertyNames {

	// Whole words that keep their own spelling; looked up in lower case.
	private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("ad", "AD"), Map.entry("id", "ID"),
			Map.entry("ids", "IDs"), Map.entry("mfa", "MFA"), Map.entry("oobe", "OOBE"), Map.entry("esp", "ESP"),
			Map.entry("tpm20", "TPM 2.0"), Map.entry("vpn", "VPN"), Map.entry("upn", "UPN"),
			Map.entry("graph", "Graph"), Map.entry("microsoft", "Microsoft"), Map.entry("windows", "Windows"),
			Map.entry("entra", "Entra"), Map.entry("autopilot", "Autopilot"), Map.entry("intune", "Intune"));

	// Word pairs the admin center hyphenates.
	private static final Map<String, String> PHRASES = Map.of("pre provisioned", "pre-provisioned", "on premises",
			"on-premises");

	private PropertyNames() {
	}

	/** The admin-center form of a generated display name such as {@code "Allow Pre Provisioned Deployment"}. */
	public static String adminCenterStyle(String generated) {
		if (generated == null || generated.isBlank()) {
			return generated;
		}
		String[] words = generated.trim().split("\\s+");
		StringBuilder result = new StringBuilder();
		for (int i = 0; i < words.length; i++) {
			String lower = words[i].toLowerCase(Locale.ROOT);
			String word = WORDS.getOrDefault(lower, lower);
			result.append(i == 0 ? "" : " ").append(word);
		}
		String sentence = result.toString();
		for (Map.Entry<String, String> phrase : PHRASES.entrySet()) {
			sentence = sentence.replace(phrase.getKey(), phrase.getValue());
		}
		return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
	}
}
