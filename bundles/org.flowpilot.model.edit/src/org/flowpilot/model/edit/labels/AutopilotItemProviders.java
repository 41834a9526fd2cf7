package org.flowpilot.model.edit.labels;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
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
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.edit.provider.FlowpilotEditPlugin;
import org.flowpilot.model.provider.FlowpilotItemProviderAdapterFactory;

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

    /** The URL of the 16x16 PNG icon of {@code element}'s type. */
    public static URL iconOf(EObject element) {
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
                named.add(new AdminCenterNamedDescriptor(object, descriptor));
            }
            return named;
        }

        @Override
        public IItemPropertyDescriptor getPropertyDescriptor(Object object, Object propertyId) {
            IItemPropertyDescriptor descriptor = super.getPropertyDescriptor(object, propertyId);
            return descriptor == null ? null : new AdminCenterNamedDescriptor(object, descriptor);
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


    private static final class AdminCenterNamedDescriptor extends ItemPropertyDescriptorDecorator {

        AdminCenterNamedDescriptor(Object object, IItemPropertyDescriptor descriptor) {
            super(object, descriptor);
        }

        @Override
        public String getDisplayName(Object thisObject) {
            return PropertyNames.adminCenterStyle(super.getDisplayName(thisObject));
        }
    }
}
