package org.flowpilot.preview.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.StepKind;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.model.WindowsVersion;
import org.flowpilot.preview.ScreenPreviews;
import org.flowpilot.preview.spi.PreviewContext;
import org.flowpilot.preview.spi.ScreenButton;
import org.flowpilot.preview.spi.ScreenContent;
import org.flowpilot.preview.spi.ScreenField;
import org.flowpilot.preview.spi.ScreenPreviewContributor;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.w3c.dom.Element;

/** Screens of extension steps: drawn by their contributor, plain without one, and a failing contributor is contained. */
class ContributorTest {

    private static final StepRecord ASSET_TAG = new StepRecord(4, StepKind.CUSTOM, "_asset", null, "Enter asset tag",
            null, "asset-tag", true, List.of("Skip", "Save"), null, null, StepStatus.RAN, "The technician tags the"
                    + " device.", 6, null, null, List.of(), null);
    private static final PreviewContext CONTEXT = new PreviewContext(
            RunScenario.builder().windows(WindowsVersion.WINDOWS10).build(), List.of(ASSET_TAG));

    /** A contributor as an extension would write it. */
    private static final class AssetTagPreview implements ScreenPreviewContributor {
        @Override
        public boolean draws(StepRecord record) {
            return "asset-tag".equals(record.screenId());
        }

        @Override
        public ScreenContent content(StepRecord record, PreviewContext context) {
            return ScreenContent.builder("asset-tag", "Tag this device")
                    .message(context.windows() == WindowsVersion.WINDOWS10 ? "Type the tag." : "Enter the tag.")
                    .field(new ScreenField("asset-tag", "Asset tag", "CT-0042", "CT-0000"))
                    .button(ScreenButton.secondary("skip", "Skip")).button(ScreenButton.primary("save", "Save"))
                    .build();
        }
    }

    @Test
    void aContributedScreenIsLaidOutInTheWindowsLookWithTheContract() {
        Markup markup = Markup.parse(ScreenPreviews.with(List.of(new AssetTagPreview())).section(ASSET_TAG, CONTEXT)
                .orElseThrow());
        Element screen = markup.one("//section");
        assertEquals("asset-tag", screen.getAttribute("data-screen"));
        assertEquals("10", screen.getAttribute("data-windows"));
        assertTrue(screen.getAttribute("class").contains("win10"));
        assertEquals("Tag this device", markup.one("//h1").getTextContent());
        assertEquals("Type the tag.", markup.one("//p").getTextContent());
        assertEquals("CT-0042", markup.one("//input[@data-field='asset-tag']").getAttribute("value"));
        assertEquals(List.of("skip", "save"), markup.all("//button").stream().map(b -> b.getAttribute("data-button"))
                .toList());
    }

    @Test
    void withoutAContributorTheScreenShowsTheStepAndItsButtons() {
        Markup markup = Markup.parse(ScreenPreviews.with(List.of()).section(ASSET_TAG, CONTEXT).orElseThrow());
        assertEquals("Enter asset tag", markup.one("//h1").getTextContent());
        assertEquals(List.of("Skip", "Save"), markup.all("//button").stream().map(Element::getTextContent).toList());
    }

    @Test
    void aFailingContributorCostsItsOwnScreenOnly() {
        ScreenPreviewContributor broken = new ScreenPreviewContributor() {
            @Override
            public boolean draws(StepRecord record) {
                return true;
            }

            @Override
            public ScreenContent content(StepRecord record, PreviewContext context) {
                throw new IllegalStateException("no tag service");
            }
        };
        Markup markup = Markup.parse(ScreenPreviews.with(List.of(broken)).section(ASSET_TAG, CONTEXT).orElseThrow());
        assertEquals("asset-tag", markup.one("//section").getAttribute("data-screen"));
        String message = markup.one("//p").getTextContent();
        assertTrue(message.contains("no tag service") && message.contains(broken.getClass().getName()), message);
        assertTrue(message.contains("(bundle org.flowpilot.preview.tests 0.1.0"), "names its bundle: " + message);
        assertEquals(List.of("Skip", "Save"), markup.all("//button").stream().map(Element::getTextContent).toList(),
                "the step's buttons still show");
    }

    @Test
    void aHangingContributorIsCutOffAndNotAskedAgain() {
        CountDownLatch never = new CountDownLatch(1);
        AtomicInteger asked = new AtomicInteger();
        ScreenPreviewContributor hanging = new ScreenPreviewContributor() {
            @Override
            public boolean draws(StepRecord record) {
                return true;
            }

            @Override
            public ScreenContent content(StepRecord record, PreviewContext context) {
                asked.incrementAndGet();
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }
        };
        try {
            ScreenPreviews previews = ScreenPreviews.with(List.of(hanging), Duration.ofMillis(200));
            Markup first = Markup.parse(previews.section(ASSET_TAG, CONTEXT).orElseThrow());
            String message = first.one("//p").getTextContent();
            assertTrue(message.contains("did not answer within 200 ms while drawing 'asset-tag'"), message);
            assertTrue(message.contains("(bundle org.flowpilot.preview.tests 0.1.0"), message);
            long start = System.nanoTime();
            Markup second = Markup.parse(previews.section(ASSET_TAG, CONTEXT).orElseThrow());
            assertTrue((System.nanoTime() - start) / 1_000_000 < 150, "the second screen does not wait again");
            assertTrue(second.one("//p").getTextContent().contains("is not asked again"));
            assertEquals(1, asked.get());
        } finally {
            never.countDown();
        }
    }

    @Test
    void theStandardPreviewsFollowTheServiceRegistry() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ScreenPreviews previews = ScreenPreviews.standard();
        assertEquals("Enter asset tag", Markup.parse(previews.section(ASSET_TAG, CONTEXT).orElseThrow()).one("//h1")
                .getTextContent(), "no contributor yet: the step's name");
        ServiceRegistration<ScreenPreviewContributor> registration = context.registerService(
                ScreenPreviewContributor.class, new AssetTagPreview(), null);
        try {
            long deadline = System.currentTimeMillis() + 10_000;
            while (!Markup.parse(previews.section(ASSET_TAG, CONTEXT).orElseThrow()).one("//h1").getTextContent()
                    .equals("Tag this device")) {
                assertTrue(System.currentTimeMillis() < deadline, "waited 10 s for the contributor to be bound");
                Thread.sleep(20);
            }
        } finally {
            registration.unregister();
        }
        assertEquals("Enter asset tag", Markup.parse(previews.section(ASSET_TAG, CONTEXT).orElseThrow()).one("//h1")
                .getTextContent(), "the contributor is gone from the same previews instance");
    }
}
