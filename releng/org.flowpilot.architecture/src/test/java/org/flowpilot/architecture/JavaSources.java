package org.flowpilot.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The Java sources of every bundle, read once: their package and what they import. */
final class JavaSources {

	private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
	private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)(\\.\\*)?\\s*;",
			Pattern.MULTILINE);

	record Import(String name, boolean isStatic, boolean isWildcard) {

		/** The package the import names: its leading lower-case segments. */
		String packageName() {
			String[] segments = name.split("\\.");
			StringBuilder result = new StringBuilder();
			for (String segment : segments) {
				if (!segment.isEmpty() && Character.isUpperCase(segment.charAt(0))) {
					break;
				}
				result.append(result.isEmpty() ? "" : ".").append(segment);
			}
			return result.toString();
		}
	}

	record SourceFile(Path path, String bundle, boolean generated, String packageName, List<Import> imports) {
	}

	private JavaSources() {
	}

	static Path bundlesFolder() {
		return Paths.get(System.getProperty("flowpilot.bundles", "../../bundles")).toAbsolutePath().normalize();
	}

	static List<SourceFile> all() {
		Path bundles = bundlesFolder();
		List<SourceFile> files = new ArrayList<>();
		try (Stream<Path> paths = Files.walk(bundles)) {
			paths.filter(path -> path.toString().endsWith(".java"))
					.filter(path -> !bundles.relativize(path).toString().contains("/target/"))
					.forEach(path -> files.add(read(bundles, path)));
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read the sources under " + bundles, e);
		}
		return files;
	}

	private static SourceFile read(Path bundles, Path path) {
		String text;
		try {
			text = Files.readString(path, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + path, e);
		}
		Path relative = bundles.relativize(path);
		Matcher packageMatcher = PACKAGE.matcher(text);
		String packageName = packageMatcher.find() ? packageMatcher.group(1) : "";
		List<Import> imports = new ArrayList<>();
		Matcher importMatcher = IMPORT.matcher(text);
		while (importMatcher.find()) {
			imports.add(new Import(importMatcher.group(2), importMatcher.group(1) != null,
					importMatcher.group(3) != null));
		}
		return new SourceFile(relative, relative.getName(0).toString(), relative.toString().contains("src-gen/"),
				packageName, imports);
	}
}
