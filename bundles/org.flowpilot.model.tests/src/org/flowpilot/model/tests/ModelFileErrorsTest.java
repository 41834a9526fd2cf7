package org.flowpilot.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.persistence.AutopilotPersistence;
import org.flowpilot.model.persistence.AutopilotResourceFactory;
import org.flowpilot.model.persistence.ModelFileException;
import org.flowpilot.model.persistence.ModelFileException.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model file that cannot be loaded gives one {@link ModelFileException} naming the file, the line and the problem;
 * a file with a DOCTYPE is refused before the parser reads any DTD or entity.
 */
class ModelFileErrorsTest {

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    @TempDir
    Path folder;

    private String valid;

    @BeforeEach
    void saveAValidModel() throws IOException {
        Path file = folder.resolve("valid.autopilot");
        AutopilotPersistence.save(new Fixture().model, URI.createFileURI(file.toString()));
        valid = Files.readString(file);
        assertTrue(valid.startsWith(XML_DECLARATION + "\n"), valid);
    }

    /** The valid model with {@code doctype} as its second line (the model's own lines move down by one). */
    private Path withDoctype(String name, String doctype) throws IOException {
        return Files.writeString(folder.resolve(name),
                XML_DECLARATION + "\n" + doctype + "\n" + valid.substring(XML_DECLARATION.length() + 1));
    }

    private ModelFileException failure(Path file) {
        ModelFileException e = assertThrows(ModelFileException.class, () -> AutopilotPersistence.load(file));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertEquals(file.toString(), e.file());
        return e;
    }

    @Test
    void aDoctypeIsRefusedAtItsLine() throws IOException {
        // An empty entity, used in the model's name: harmless, and still never expanded.
        Path file = withDoctype("empty-entity.autopilot", "<!DOCTYPE autopilot:AutopilotModel [<!ENTITY e \"\">]>");
        Files.writeString(file, Files.readString(file).replace("name=\"Fabrikam", "name=\"&e;Fabrikam"));
        ModelFileException e = failure(file);
        assertEquals(Problem.DOCTYPE_REFUSED, e.problem());
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith(file + ": line 2, column "), e.getMessage());
    }

    @Test
    void theInternalSubsetIsNeverParsed() throws IOException {
        // A broken entity declaration would be a syntax error if the parser read the subset at all.
        ModelFileException broken = failure(withDoctype("broken-subset.autopilot",
                "<!DOCTYPE autopilot:AutopilotModel [<!ENTITY broken>]>"));
        assertEquals(Problem.DOCTYPE_REFUSED, broken.problem());
        // Expanding these would cost a billion references, or trip the JDK's expansion limit (a different error).
        StringBuilder laughs = new StringBuilder("<!DOCTYPE autopilot:AutopilotModel [<!ENTITY l0 \"ha\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        Path bomb = withDoctype("laughs.autopilot", laughs.append("]>").toString());
        Files.writeString(bomb, Files.readString(bomb).replace("name=\"Fabrikam", "name=\"&l9;"));
        assertEquals(Problem.DOCTYPE_REFUSED, failure(bomb).problem());
    }

    @Test
    void noExternalDtdOrEntityIsFetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            AtomicInteger connections = new AtomicInteger();
            Thread listener = new Thread(() -> {
                try {
                    server.setSoTimeout(100);
                    while (!server.isClosed()) {
                        try {
                            server.accept().close();
                            connections.incrementAndGet();
                        } catch (SocketTimeoutException e) {
                            // Keep listening until the test closes the socket.
                        }
                    }
                } catch (IOException e) {
                    // Closed by the test.
                }
            });
            listener.start();
            String base = "http://127.0.0.1:" + server.getLocalPort();
            Path secret = Files.writeString(folder.resolve("secret.txt"), "SECRET");
            ModelFileException e = failure(withDoctype("external.autopilot",
                    "<!DOCTYPE autopilot:AutopilotModel SYSTEM \"" + base + "/model.dtd\" [<!ENTITY % p SYSTEM \""
                            + base + "/p.ent\"> %p; <!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>"));
            assertEquals(Problem.DOCTYPE_REFUSED, e.problem());
            assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
            // A fetch would have connected during the load; give a late one time to arrive before counting.
            Thread.sleep(300);
            server.close();
            listener.join(2000);
            assertEquals(0, connections.get(), "the parser connected to the DTD server");
        }
    }

    @Test
    void aResourceSetOfItsOwnRefusesTooAndGetsTheSameDescription() throws IOException {
        Path file = withDoctype("editor.autopilot", "<!DOCTYPE autopilot:AutopilotModel>");
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(AutopilotResourceFactory.FILE_EXTENSION, new AutopilotResourceFactory());
        URI uri = URI.createFileURI(file.toString());
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> resourceSet.getResource(uri, true));
        Resource failed = resourceSet.getResource(uri, false);
        assertEquals(2, failed.getErrors().get(0).getLine());
        ModelFileException e = ModelFileException.of("editor.autopilot", failed, thrown);
        assertEquals(Problem.DOCTYPE_REFUSED, e.problem());
        assertEquals(2, e.line());
        assertTrue(failed.getContents().isEmpty(), "nothing of a refused file is loaded");
    }

    @Test
    void malformedXmlNamesTheLine() throws IOException {
        String[] lines = valid.split("\n", -1);
        lines[3] = lines[3].replace("<", "<<");
        Path file = Files.writeString(folder.resolve("malformed.autopilot"), String.join("\n", lines));
        ModelFileException e = failure(file);
        assertEquals(Problem.MALFORMED_XML, e.problem());
        assertEquals(4, e.line());
    }

    @Test
    void aDoctypeInsideTheRootElementIsRefusedAtItsLine() throws IOException {
        // Found by ImportProperties: the JDK's parser fails on this with an internal error and no position.
        int at = valid.indexOf('\n', valid.length() * 3 / 4) + 1;
        int line = (int) valid.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        Path file = Files.writeString(folder.resolve("inner-doctype.autopilot"),
                valid.substring(0, at) + "<!DOCTYPE a>" + valid.substring(at));
        ModelFileException e = failure(file);
        assertEquals(Problem.DOCTYPE_REFUSED, e.problem());
        assertEquals(line, e.line());
    }

    @Test
    void aBrokenXmlDeclarationNamesLineOne() throws IOException {
        // Found by ImportProperties: EMF's own reading of this declaration fails with an index out of bounds.
        Path noEquals = Files.writeString(folder.resolve("declaration.autopilot"),
                valid.replace("encoding=\"UTF-8\"", "encodingUTF-8\""));
        ModelFileException e = failure(noEquals);
        assertEquals(Problem.MALFORMED_XML, e.problem());
        assertEquals(1, e.line());
        Path unknownEncoding = Files.writeString(folder.resolve("encoding.autopilot"),
                valid.replace("encoding=\"UTF-8\"", "encoding=\"U\""));
        assertEquals(Problem.MALFORMED_XML, failure(unknownEncoding).problem());
        assertEquals(1, failure(unknownEncoding).line());
    }

    @Test
    void anUnknownAttributeNamesTheLine() throws IOException {
        assertRefusedAtItsLine("colour=\"red\"", "");
    }

    @Test
    void anAttributeEarlierVersionsWroteOpensWithAWarningAndGoesAtTheNextSave() throws IOException {
        assertTrue(valid.contains("<enrollmentStatusPages "), valid);
        Path file = Files.writeString(folder.resolve("old.autopilot"),
                valid.replaceFirst("<enrollmentStatusPages ", "<enrollmentStatusPages allowRetry=\"false\" "));
        int line = lineOf(Files.readString(file), "allowRetry");

        AutopilotModel model = AutopilotPersistence.load(file);

        assertEquals("Fabrikam ESP", model.getEnrollmentStatusPages().get(0).getName());
        Resource.Diagnostic warning = model.eResource().getWarnings().get(0);
        assertTrue(warning.getMessage().contains("'allowRetry'"), warning.getMessage());
        assertEquals(line, warning.getLine());
        AutopilotPersistence.save(model, URI.createFileURI(file.toString()));
        assertFalse(Files.readString(file).contains("allowRetry"));
        assertEquals(valid, Files.readString(file));
    }

    @Test
    void aRemovedAttributeOnAnotherElementIsStillUnknown() throws IOException {
        assertRefusedAtItsLine("allowRetry=\"true\"", "enrollmentStatusPages");
    }

    /** Puts {@code attribute} on the first element inside the root not named {@code except}; the load must fail there. */
    private void assertRefusedAtItsLine(String attribute, String except) throws IOException {
        String[] lines = valid.split("\n", -1);
        int child = 0;
        while (!lines[child].matches("\\s+<\\w+ .*") || lines[child].contains("<" + except + " ")) {
            child++;
        }
        lines[child] = lines[child].replaceFirst("<(\\w+) ", "<$1 " + attribute + " ");
        Path file = Files.writeString(folder.resolve("unknown.autopilot"), String.join("\n", lines));
        ModelFileException e = failure(file);
        assertEquals(Problem.UNKNOWN_CONTENT, e.problem());
        assertEquals(child + 1, e.line());
    }

    private static int lineOf(String text, String needle) {
        return text.substring(0, text.indexOf(needle)).split("\n", -1).length;
    }

    @Test
    void aMistypedReferenceNamesTheLineOfTheReference() throws IOException {
        // EMF resolves references after the document ends and gives no position; the error still names the line.
        Matcher modelId = Pattern.compile("xmi:id=\"([^\"]+)\"").matcher(valid);
        assertTrue(modelId.find());
        int reference = valid.indexOf(" assignedUser=\"");
        assertTrue(reference > 0, valid);
        int end = valid.indexOf('"', reference + " assignedUser=\"".length());
        String changed = valid.substring(0, reference) + " assignedUser=\"" + modelId.group(1) + valid.substring(end);
        Path file = Files.writeString(folder.resolve("mistyped.autopilot"), changed);
        ModelFileException e = failure(file);
        assertEquals(Problem.UNKNOWN_CONTENT, e.problem());
        assertEquals(valid.substring(0, reference).split("\n", -1).length, e.line());
        assertTrue(e.getMessage().contains("'assignedUser'"), e.getMessage());
    }

    @Test
    void aLineBreakInTheFileStaysOutOfTheMessage() throws IOException {
        // XML allows an escaped line break in an attribute; a message quoting the value must stay one line.
        Path file = Files.writeString(folder.resolve("break.autopilot"),
                valid.replaceFirst(" kind=\"[^\"]*\"", " kind=\"x&#10;y\""));
        ModelFileException e = failure(file);
        assertEquals(Problem.UNKNOWN_CONTENT, e.problem());
        assertTrue(e.getMessage().contains("x\\ny"), e.getMessage());
    }

    @Test
    void otherFilesAreNotModels() throws IOException {
        Path empty = Files.writeString(folder.resolve("empty.autopilot"), "");
        assertEquals(Problem.MALFORMED_XML, failure(empty).problem());
        Path missing = folder.resolve("missing.autopilot");
        assertEquals(Problem.UNREADABLE, failure(missing).problem());
        Path ecore = Files.writeString(folder.resolve("other.autopilot"), XML_DECLARATION
                + "\n<ecore:EPackage xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"p\"/>\n");
        assertEquals(Problem.NOT_A_MODEL, failure(ecore).problem());
        Path unknownPackage = Files.writeString(folder.resolve("unknown-package.autopilot"), XML_DECLARATION
                + "\n<x:Thing xmlns:x=\"urn:nothing\"/>\n");
        assertEquals(Problem.UNKNOWN_CONTENT, failure(unknownPackage).problem());
    }
}
