package org.flowpilot.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.flowpilot.library.ExampleModels;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.edit.labels.AutopilotItemProviders;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A model-based test of editing as the model editor does it: 1,000 random commands (set an attribute or a reference,
 * create a child, delete an element) built by the item providers on one editing domain, mixed with Undo, Redo and
 * Save. After every step the dirty marker is what the history says it is; at checkpoints and at the end the model
 * equals a fresh copy of the example with only the commands still done replayed on it.
 */
class EditingProperties {

    private static final int COMMANDS = 1_000;
    private static final int MAX_STEPS = 10 * COMMANDS;
    private static final int CHECK_EVERY = 100;

    /** One command, named by the paths of the elements it touches so it can be replayed on another copy. */
    private record Edit(Kind kind, String ownerPath, String featureName, Object value, int choice) {

        enum Kind { SET_ATTRIBUTE, SET_REFERENCE, CREATE_CHILD, DELETE }

        Command command(AdapterFactoryEditingDomain domain, EObject root) {
            EObject owner = resolve(root, ownerPath);
            EStructuralFeature feature = featureName == null ? null
                    : owner.eClass().getEStructuralFeature(featureName);
            return switch (kind) {
                case SET_ATTRIBUTE -> SetCommand.create(domain, owner, feature, value);
                case SET_REFERENCE -> SetCommand.create(domain, owner, feature,
                        value == null ? null : resolve(root, (String) value));
                case CREATE_CHILD -> {
                    CommandParameter descriptor = (CommandParameter) new ArrayList<>(
                            domain.getNewChildDescriptors(owner, null)).get(choice);
                    yield CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
                }
                case DELETE -> DeleteCommand.create(domain, owner);
            };
        }
    }

    @Property(tries = 10)
    void randomEditsUndoAndRedoAgreeWithAFreshReplayAndTheDirtyMarker(@ForAll long seed) {
        Random random = new Random(seed);
        AutopilotModel original = ExampleModels.contoso();
        Session session = new Session(EcoreUtil.copy(original));
        // The commands now done, oldest first, and those undone, most recently undone last: what Redo brings back.
        List<Edit> done = new ArrayList<>();
        List<Edit> undone = new ArrayList<>();
        List<Edit> saved = List.of();
        // Commands executed, undone and redone; saves and edits the item providers refuse are not counted.
        int commands = 0;
        try {
            for (int step = 1; commands < COMMANDS && step <= MAX_STEPS; step++) {
                int roll = random.nextInt(10);
                if (roll == 0 && session.stack.canUndo()) {
                    session.stack.undo();
                    undone.add(done.remove(done.size() - 1));
                    commands++;
                } else if (roll == 1 && session.stack.canRedo()) {
                    session.stack.redo();
                    done.add(undone.remove(undone.size() - 1));
                    commands++;
                } else if (roll == 2) {
                    session.stack.saveIsDone();
                    saved = List.copyOf(done);
                } else {
                    Edit edit = randomEdit(random, session);
                    Command command = edit == null ? null : edit.command(session.domain, session.model);
                    if (command != null && command.canExecute()) {
                        session.stack.execute(command);
                        done.add(edit);
                        undone.clear();
                        commands++;
                    }
                }
                assertEquals(!sameCommands(done, saved), session.stack.isSaveNeeded(),
                        "dirty marker after step " + step + " (seed " + seed + ")");
                if (step % CHECK_EVERY == 0) {
                    assertEqualsReplay(original, done, session.model, "after step " + step + " (seed " + seed + ")");
                }
            }
            assertEquals(COMMANDS, commands, "random steps that ran a command (seed " + seed + ")");
            assertEqualsReplay(original, done, session.model, "at the end (seed " + seed + ")");
        } finally {
            session.dispose();
        }
    }

    private static boolean sameCommands(List<Edit> a, List<Edit> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            // The same command object, not an equal one: a command executed again after an undo is another edit.
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static void assertEqualsReplay(AutopilotModel original, List<Edit> done, AutopilotModel edited,
            String when) {
        Session replay = new Session(EcoreUtil.copy(original));
        try {
            for (Edit edit : done) {
                Command command = edit.command(replay.domain, replay.model);
                assertTrue(command.canExecute(), "the replay cannot execute " + edit + " " + when);
                replay.stack.execute(command);
            }
            assertTrue(EcoreUtil.equals(replay.model, edited), "the model differs from a fresh replay " + when);
        } finally {
            replay.dispose();
        }
    }

    private static Edit randomEdit(Random random, Session session) {
        List<EObject> elements = new ArrayList<>();
        elements.add(session.model);
        for (TreeIterator<EObject> all = session.model.eAllContents(); all.hasNext();) {
            elements.add(all.next());
        }
        EObject owner = elements.get(random.nextInt(elements.size()));
        String path = pathOf(session.model, owner);
        int kind = random.nextInt(10);
        if (kind < 4) {
            List<EAttribute> attributes = owner.eClass().getEAllAttributes().stream()
                    .filter(a -> a.isChangeable() && !a.isDerived() && !a.isMany() && valueFor(a, random) != null)
                    .toList();
            if (!attributes.isEmpty()) {
                EAttribute attribute = attributes.get(random.nextInt(attributes.size()));
                return new Edit(Edit.Kind.SET_ATTRIBUTE, path, attribute.getName(), valueFor(attribute, random), 0);
            }
        } else if (kind < 6) {
            List<EReference> references = owner.eClass().getEAllReferences().stream()
                    .filter(r -> r.isChangeable() && !r.isDerived() && !r.isMany() && !r.isContainment()
                            && !r.isContainer())
                    .toList();
            if (!references.isEmpty()) {
                EReference reference = references.get(random.nextInt(references.size()));
                List<EObject> targets = elements.stream().filter(reference.getEReferenceType()::isInstance).toList();
                String target = targets.isEmpty() || random.nextInt(5) == 0 ? null
                        : pathOf(session.model, targets.get(random.nextInt(targets.size())));
                return new Edit(Edit.Kind.SET_REFERENCE, path, reference.getName(), target, 0);
            }
        } else if (kind < 9) {
            Collection<?> descriptors = session.domain.getNewChildDescriptors(owner, null);
            if (!descriptors.isEmpty()) {
                return new Edit(Edit.Kind.CREATE_CHILD, path, null, null, random.nextInt(descriptors.size()));
            }
        } else if (owner != session.model) {
            return new Edit(Edit.Kind.DELETE, path, null, null, 0);
        }
        return null;
    }

    private static Object valueFor(EAttribute attribute, Random random) {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (attribute.getEAttributeType() instanceof EEnum literals) {
            return literals.getELiterals().get(random.nextInt(literals.getELiterals().size())).getInstance();
        }
        if (type == String.class) {
            return random.nextInt(6) == 0 ? "" : "value " + random.nextInt(100);
        }
        if (type == boolean.class || type == Boolean.class) {
            return random.nextBoolean();
        }
        if (type == int.class || type == Integer.class) {
            return random.nextInt(2000) - 10;
        }
        return null;
    }

    private static String pathOf(EObject root, EObject element) {
        return element == root ? "" : EcoreUtil.getRelativeURIFragmentPath(root, element);
    }

    private static EObject resolve(EObject root, String path) {
        return path.isEmpty() ? root : EcoreUtil.getEObject(root, path);
    }

    /** An editing domain over a model, as the model editor makes one. */
    private static final class Session {
        final ComposedAdapterFactory factory = AutopilotItemProviders.createAdapterFactory();
        final BasicCommandStack stack = new BasicCommandStack();
        final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, stack);
        final AutopilotModel model;

        Session(AutopilotModel model) {
            this.model = model;
            // In a resource of the domain, as in the editor: Delete finds the references to what it removes there.
            domain.getResourceSet().createResource(URI.createURI("memory:/model.autopilot"))
                    .getContents().add(model);
        }

        void dispose() {
            factory.dispose();
        }
    }
}
