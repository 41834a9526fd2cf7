package org.flowpilot.model.edit.labels;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.DecoratorAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IItemProviderDecorator;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptorDecorator;
import org.eclipse.emf.edit.provider.ItemProviderDecorator;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.flowpilot.model.CustomStep;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.Flow;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.edit.provider.FlowpilotEditPlugin;
import org.flowpilot.model.edit.settings.AdminCenterSettings;
import org.flowpilot.model.edit.settings.Setting;
import org.flowpilot.model.edit.settings.SettingRules;
import org.flowpilot.model.edit.settings.ValidTargets;
import org.flowpilot.model.edit.steps.ContributedStepKind;
import org.flowpilot.model.provider.FlowpilotItemProviderAdapterFactory;
import org.flowpilot.model.query.FlowOrder;

/**
 * The item providers Flowpilot's views use: EMF.Edit's generated providers for structure, properties and commands,
 * decorated with {@link AutopilotLabels} and with the PNG icon of each model type.
 */
public final class AutopilotItemProviders {

    private AutopilotItemProviders() {
    }

    /** A new adapter factory for resources and Flowpilot models; dispose it with its viewer. */
    public static ComposedAdapterFactory createAdapterFactory() {
        ComposedAdapterFactory generated = new ComposedAdapterFactory(new AdapterFactory[] {
                new ResourceItemProviderAdapterFactory(), new FlowpilotItemProviderAdapterFactory(),
                new ReflectiveItemProviderAdapterFactory() });
        return new ComposedAdapterFactory(new LabelDecorator(generated));
    }

    /**
     * The URL of the 16x16 PNG icon of {@code element}'s type; for a custom step, the icon its installed step kind
     * declares, or a grey question mark when no installed extension declares its kind.
     */
    public static URL iconOf(EObject element) {
        if (element instanceof CustomStep step && step.getExtensionTypeId() != null
                && !step.getExtensionTypeId().isBlank()) {
            Optional<ContributedStepKind> kind = StepKindCatalogues.installed().find(step.getExtensionTypeId());
            if (kind.isEmpty()) {
                return (URL) FlowpilotEditPlugin.INSTANCE.getImage("full/obj16/UnknownStep.png");
            }
            if (kind.get().icon() != null) {
                return kind.get().icon();
            }
        }
        return (URL) FlowpilotEditPlugin.INSTANCE.getImage("full/obj16/" + element.eClass().getName() + ".png");
    }

    private static final class LabelDecorator extends DecoratorAdapterFactory {

        LabelDecorator(ComposedAdapterFactory generated) {
            super(generated);
        }

        @Override
        protected IItemProviderDecorator createItemProviderDecorator(Object target, Object type) {
            return new LabelledItemProvider(this);
        }
    }

    // An Adapter because EMF.Edit hands decorators of model objects out where adapters are expected; it is never
    // attached to a target, the decorated item provider is.
    private static final class LabelledItemProvider extends ItemProviderDecorator implements Adapter,
            IEditingDomainItemProvider, IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider,
            IItemPropertySource {

        LabelledItemProvider(DecoratorAdapterFactory factory) {
            super(factory);
        }

        @Override
        public Notifier getTarget() {
            return null;
        }

        @Override
        public void setTarget(Notifier newTarget) {
            // Never attached: see the class comment.
        }

        @Override
        public boolean isAdapterForType(Object type) {
            return adapterFactory.isFactoryForType(type);
        }

        @Override
        public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
            List<IItemPropertyDescriptor> generated = super.getPropertyDescriptors(object);
            List<IItemPropertyDescriptor> named = new ArrayList<>(generated.size());
            for (IItemPropertyDescriptor descriptor : generated) {
                named.add(new AdminCenterDescriptor(object, descriptor));
            }
            if (object instanceof EObject element) {
                // The admin center's order first; what it does not show keeps EMF's order after it.
                List<Setting> settings = AdminCenterSettings.settingsOf(element.eClass());
                named.sort(Comparator.comparingInt(descriptor -> {
                    Object feature = descriptor.getFeature(object);
                    for (int i = 0; i < settings.size(); i++) {
                        if (settings.get(i).feature() == feature) {
                            return i;
                        }
                    }
                    return settings.size();
                }));
            }
            return named;
        }

        @Override
        public IItemPropertyDescriptor getPropertyDescriptor(Object object, Object propertyId) {
            IItemPropertyDescriptor descriptor = super.getPropertyDescriptor(object, propertyId);
            return descriptor == null ? null : new AdminCenterDescriptor(object, descriptor);
        }

        @Override
        public Collection<?> getChildren(Object object) {
            if (object instanceof Flow flow) {
                // A person meets the steps from the start along the transitions, not in the order they were created.
                List<Object> children = new ArrayList<>(FlowOrder.steps(flow));
                children.addAll(FlowOrder.transitions(flow));
                return children;
            }
            return super.getChildren(object);
        }

        @Override
        public Command createCommand(Object object, EditingDomain domain, Class<? extends Command> commandClass,
                CommandParameter commandParameter) {
            Command command = super.createCommand(object, domain, commandClass, commandParameter);
            if (commandClass == SetCommand.class && object instanceof DeploymentProfile profile
                    && SettingRules.forcesOtherSettings(commandParameter.getEStructuralFeature(),
                            commandParameter.getValue())) {
                // Self-deploying mode hides the screens and sets the user type itself, as the admin center does.
                CompoundCommand compound = new CompoundCommand(command.getLabel(), command.getDescription());
                compound.append(command);
                SettingRules.forcedBySelfDeploying().forEach((feature, value) -> {
                    if (!Objects.equals(profile.eGet(feature), value)) {
                        compound.append(SetCommand.create(domain, profile, feature, value));
                    }
                });
                return compound.unwrap();
            }
            return command;
        }

        @Override
        public String getText(Object object) {
            String label = AutopilotLabels.labelOf(object);
            return label != null ? label : super.getText(object);
        }

        @Override
        public Object getImage(Object object) {
            if (object instanceof EObject element && element.eClass().getEPackage() == FlowpilotPackage.eINSTANCE) {
                return iconOf(element);
            }
            return super.getImage(object);
        }
    }


    private static final class AdminCenterDescriptor extends ItemPropertyDescriptorDecorator {

        AdminCenterDescriptor(Object object, IItemPropertyDescriptor descriptor) {
            super(object, descriptor);
        }

        private Optional<Setting> setting(Object thisObject) {
            Object feature = getFeature(thisObject);
            return thisObject instanceof EObject element && feature instanceof EStructuralFeature structural
                    ? AdminCenterSettings.of(element.eClass(), structural)
                    : Optional.empty();
        }

        @Override
        public String getDisplayName(Object thisObject) {
            return setting(thisObject).map(Setting::label)
                    .orElseGet(() -> PropertyNames.adminCenterStyle(super.getDisplayName(thisObject)));
        }

        @Override
        public String getCategory(Object thisObject) {
            return thisObject instanceof EObject element && getFeature(thisObject) instanceof EStructuralFeature feature
                    ? AdminCenterSettings.groupOf(element.eClass(), feature)
                    : AdminCenterSettings.GENERAL;
        }

        @Override
        public String getDescription(Object thisObject) {
            return setting(thisObject).map(Setting::help).orElseGet(() -> super.getDescription(thisObject));
        }

        @Override
        public boolean canSetProperty(Object thisObject) {
            if (thisObject instanceof EObject element && getFeature(thisObject) instanceof EStructuralFeature feature
                    && !SettingRules.availability(element, feature).isEditable()) {
                return false;
            }
            return super.canSetProperty(thisObject);
        }

        @Override
        public Collection<?> getChoiceOfValues(Object thisObject) {
            Collection<?> choices = super.getChoiceOfValues(thisObject);
            if (choices != null && thisObject instanceof EObject element
                    && getFeature(thisObject) instanceof EStructuralFeature feature) {
                return ValidTargets.narrow(element, feature, choices);
            }
            return choices;
        }
    }
}
