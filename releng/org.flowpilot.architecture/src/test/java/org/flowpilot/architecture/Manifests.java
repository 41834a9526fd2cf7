package org.flowpilot.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;

/** The OSGi headers of a bundle's META-INF/MANIFEST.MF, split into clauses. */
final class Manifests {

	/** One clause of a header: the package or bundle name and its attributes and directives as written. */
	record Clause(String name, String parameters) {

		boolean has(String parameter) {
			return parameters.contains(parameter);
		}
	}

	private final Manifest manifest;

	private Manifests(Manifest manifest) {
		this.manifest = manifest;
	}

	static Manifests of(String bundle) {
		Path file = JavaSources.bundlesFolder().resolve(bundle).resolve("META-INF/MANIFEST.MF");
		try (InputStream in = Files.newInputStream(file)) {
			return new Manifests(new Manifest(in));
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + file, e);
		}
	}

	/** The clauses of {@code header}, empty when the header is absent. */
	List<Clause> clauses(String header) {
		String value = manifest.getMainAttributes().getValue(header);
		List<Clause> clauses = new ArrayList<>();
		if (value == null) {
			return clauses;
		}
		// Commas inside quoted version ranges do not end a clause.
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		for (char c : value.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				clauses.add(clause(current.toString()));
				current.setLength(0);
			} else {
				current.append(c);
			}
		}
		clauses.add(clause(current.toString()));
		return clauses;
	}

	private static Clause clause(String text) {
		int semicolon = text.indexOf(';');
		return semicolon < 0 ? new Clause(text.strip(), "")
				: new Clause(text.substring(0, semicolon).strip(), text.substring(semicolon + 1).strip());
	}
}
