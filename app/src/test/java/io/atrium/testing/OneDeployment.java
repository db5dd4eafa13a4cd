package io.atrium.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.impl.client.deployment.AnnotationDeploymentScenarioGenerator;
import org.jboss.arquillian.container.test.spi.client.deployment.DeploymentScenarioGenerator;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Deploys Atrium once for the whole integration-test run instead of once per test class (each
 * redeploy restarted the application: about a third of the run). Every class deploys {@link
 * Deployments#app()}, which holds the packaged WAR and every test class; it is made testable so
 * that the first deployment carries Arquillian's in-container runner whichever class comes first.
 * The first class deploys it, the others reuse it, and it is undeployed before the server stops. A
 * class that declared {@code @Deployment(testable = false)} still runs on the client, as it asked.
 *
 * <p>What a test leaves in the application (rows, settings, throttles) is therefore seen by the
 * classes after it: tests work in their own tenants or records ({@link TestTenants#fresh},
 * fixtures) and never depend on a freshly started application.
 */
public class OneDeployment implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder
        .override(
            DeploymentScenarioGenerator.class,
            AnnotationDeploymentScenarioGenerator.class,
            SharedScenario.class)
        .observer(DeployOnce.class);
  }

  /** What each class declared, so that a client-only class still runs on the client. */
  private static final Map<DeploymentDescription, Boolean> DECLARED_TESTABLE =
      Collections.synchronizedMap(new IdentityHashMap<>());

  /** The class's own {@code @Deployment}, always packaged with the in-container runner. */
  public static class SharedScenario extends AnnotationDeploymentScenarioGenerator {

    @Override
    public List<DeploymentDescription> generate(TestClass testClass) {
      List<DeploymentDescription> shared = new ArrayList<>();
      for (DeploymentDescription own : super.generate(testClass)) {
        if (!own.isArchiveDeployment()) {
          throw new IllegalStateException(testClass.getName() + ": deploy Deployments.app()");
        }
        DeploymentDescription description =
            new DeploymentDescription(own.getName(), own.getArchive())
                .setTarget(own.getTarget())
                .setProtocol(own.getProtocol())
                .setOrder(own.getOrder())
                .shouldBeManaged(own.managed())
                .shouldBeTestable(true)
                .setExpectedException(own.getExpectedException());
        DECLARED_TESTABLE.put(description, own.testable());
        shared.add(description);
      }
      return shared;
    }
  }

  /** Deploys the first time, then hands every later class the same deployment. */
  public static class DeployOnce {

    @Inject @DeploymentScoped private InstanceProducer<DeploymentDescription> descriptionProducer;

    @Inject @DeploymentScoped private InstanceProducer<Deployment> deploymentProducer;

    @Inject @DeploymentScoped private InstanceProducer<ProtocolMetaData> protocolMetaData;

    private static Archive<?> deployed;
    private static ProtocolMetaData deployedMetaData;

    /** Runs inside the deployment's context (lower precedence than the context handler). */
    public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) {
      Deployment deployment = context.getEvent().getDeployment();
      DeploymentDescription description = deployment.getDescription();
      if (deployed == null) {
        context.proceed();
        deployed = description.getTestableArchive();
        deployedMetaData = protocolMetaData.get();
      } else {
        descriptionProducer.set(description);
        deploymentProducer.set(deployment);
        protocolMetaData.set(deployedMetaData);
        deployment.deployed();
      }
      description.shouldBeTestable(DECLARED_TESTABLE.getOrDefault(description, true));
    }

    /** Classes end without undeploying; the run's end does it once. */
    public void keep(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
      context.getEvent().getDeployment().undeployed();
    }

    public void undeployBeforeStop(@Observes BeforeStop event) throws Exception {
      if (deployed != null) {
        DeployableContainer<?> container = event.getDeployableContainer();
        container.undeploy(deployed);
        deployed = null;
        deployedMetaData = null;
      }
    }
  }
}
