package org.flowpilot.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.flowpilot.architecture.JavaSources.Import;
import org.flowpilot.architecture.JavaSources.SourceFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rules of the code base that no compiler checks: no package cycles, no wildcard imports, internals stay inside. */
class ArchitectureTest {

	private static final String OUR_PACKAGES = "org.flowpilot.";

	private static List<SourceFile> sources;

	@BeforeAll
	static void readSources() {
		sources = JavaSources.all();
		assertTrue(sources.size() > 100, "expected the sources of all bundles under " + JavaSources.bundlesFolder()
				+ ", found " + sources.size() + " files");
	}

	@Test
	void noPackageCycles() {
		// One example file per package edge, so a failure says where to look.
		Map<String, Map<String, String>> edges = new TreeMap<>();
		for (SourceFile file : sources) {
			for (Import imported : file.imports()) {
				String target = imported.packageName();
				if (target.startsWith(OUR_PACKAGES) && !target.equals(file.packageName())) {
					edges.computeIfAbsent(file.packageName(), p -> new TreeMap<>()).putIfAbsent(target,
							file.path().toString());
				}
			}
		}
		List<String> cycles = new ArrayList<>();
		for (Set<String> component : stronglyConnected(edges)) {
			StringBuilder cycle = new StringBuilder(String.join(" <-> ", component)).append(':');
			for (String from : component) {
				for (Map.Entry<String, String> edge : edges.getOrDefault(from, Map.of()).entrySet()) {
					if (component.contains(edge.getKey())) {
						cycle.append("\n    ").append(from).append(" -> ").append(edge.getKey()).append(" (")
								.append(edge.getValue()).append(')');
					}
				}
			}
			cycles.add(cycle.toString());
		}
		assertEquals(List.of(), cycles, "package cycles");
	}

	@Test
	void noWildcardImportsInHandWrittenCode() {
		List<String> offenders = sources.stream().filter(file -> !file.generated())
				.filter(file -> file.imports().stream().anyMatch(Import::isWildcard))
				.map(file -> file.path().toString()).sorted().toList();
		assertEquals(List.of(), offenders, "files with wildcard imports");
	}

	@Test
	void noBundleImportsAnotherBundlesInternals() {
		Map<String, String> bundleOfPackage = new HashMap<>();
		for (SourceFile file : sources) {
			bundleOfPackage.putIfAbsent(file.packageName(), file.bundle());
		}
		Set<String> offenders = new TreeSet<>();
		for (SourceFile file : sources) {
			if (file.bundle().endsWith(".tests") || file.bundle().endsWith(".standalone")
					|| file.bundle().endsWith(".tools")) {
				// Tests and the plain-JVM modules exercise internals on purpose.
				continue;
			}
			for (Import imported : file.imports()) {
				String target = imported.packageName();
				String owner = bundleOfPackage.get(target);
				if (target.contains(".internal") && owner != null && !owner.equals(file.bundle())) {
					offenders.add(file.path() + " imports " + imported.name());
				}
			}
		}
		assertEquals(Set.of(), offenders, "imports of another bundle's internal packages");
	}

	/**
	 * The example extension is written as a third party would: it imports only packages Flowpilot's bundles export
	 * as API (with a version, neither x-internal nor x-friends), through Import-Package with version ranges, and
	 * requires no Flowpilot bundle.
	 */
	@Test
	void theExampleExtensionUsesThePublicApiOnly() {
		Map<String, Manifests.Clause> exported = new TreeMap<>();
		for (String bundle : sources.stream().map(SourceFile::bundle).distinct().toList()) {
			if (java.nio.file.Files.exists(JavaSources.bundlesFolder().resolve(bundle).resolve("META-INF/MANIFEST.MF"))) {
				Manifests.of(bundle).clauses("Export-Package").forEach(clause -> exported.put(clause.name(), clause));
			}
		}
		Set<String> api = new TreeSet<>();
		exported.forEach((name, clause) -> {
			if (name.startsWith(OUR_PACKAGES) && clause.has("version=") && !clause.has("x-internal")
					&& !clause.has("x-friends")) {
				api.add(name);
			}
		});
		String example = "org.flowpilot.example.extension";
		Set<String> offenders = new TreeSet<>();
		for (SourceFile file : sources) {
			if (!file.bundle().equals(example)) {
				continue;
			}
			for (Import imported : file.imports()) {
				String target = imported.packageName();
				if (target.startsWith(OUR_PACKAGES) && !target.startsWith(example) && !api.contains(target)) {
					offenders.add(file.path() + " imports " + imported.name() + ", which is not API");
				}
			}
		}
		Manifests manifest = Manifests.of(example);
		for (Manifests.Clause clause : manifest.clauses("Import-Package")) {
			if (clause.name().startsWith(OUR_PACKAGES) && !api.contains(clause.name())) {
				offenders.add("MANIFEST.MF imports " + clause.name() + ", which is not API");
			}
			if (!clause.has("version=\"[")) {
				offenders.add("MANIFEST.MF imports " + clause.name() + " without a version range");
			}
		}
		for (Manifests.Clause clause : manifest.clauses("Require-Bundle")) {
			offenders.add("MANIFEST.MF requires the bundle " + clause.name() + ": import packages instead");
		}
		assertTrue(api.containsAll(List.of("org.flowpilot.engine.spi", "org.flowpilot.preview.spi",
				"org.flowpilot.model.validation.spi")), "the extension API packages are exported with versions: " + api);
		assertEquals(Set.of(), offenders, "the example extension must use the public API only");
	}

	// Tarjan's algorithm; returns only components with more than one package.
	private static List<Set<String>> stronglyConnected(Map<String, Map<String, String>> edges) {
		Map<String, Integer> index = new HashMap<>();
		Map<String, Integer> lowLink = new HashMap<>();
		Deque<String> stack = new ArrayDeque<>();
		Set<String> onStack = new HashSet<>();
		List<Set<String>> components = new ArrayList<>();
		int[] counter = { 0 };
		for (String start : edges.keySet()) {
			if (!index.containsKey(start)) {
				visit(start, edges, index, lowLink, stack, onStack, components, counter);
			}
		}
		return components;
	}

	private static void visit(String node, Map<String, Map<String, String>> edges, Map<String, Integer> index,
			Map<String, Integer> lowLink, Deque<String> stack, Set<String> onStack, List<Set<String>> components,
			int[] counter) {
		index.put(node, counter[0]);
		lowLink.put(node, counter[0]);
		counter[0]++;
		stack.push(node);
		onStack.add(node);
		for (String next : edges.getOrDefault(node, Map.of()).keySet()) {
			if (!index.containsKey(next)) {
				visit(next, edges, index, lowLink, stack, onStack, components, counter);
				lowLink.put(node, Math.min(lowLink.get(node), lowLink.get(next)));
			} else if (onStack.contains(next)) {
				lowLink.put(node, Math.min(lowLink.get(node), index.get(next)));
			}
		}
		if (lowLink.get(node).equals(index.get(node))) {
			Set<String> component = new TreeSet<>();
			String member;
			do {
				member = stack.pop();
				onStack.remove(member);
				component.add(member);
			} while (!member.equals(node));
			if (component.size() > 1) {
				components.add(component);
			}
		}
	}
}
