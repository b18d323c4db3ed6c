package no.veikart.roadmap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import org.junit.BeforeClass;
import org.junit.Test;

/** The layering the team agreed on, as a test: a rule broken here fails the build. */
public class ArchitectureTest {
    private static JavaClasses plugin;

    @BeforeClass
    public static void importPluginClasses() {
        plugin = PluginClasses.get();
    }

    @Test
    public void domainIsPlainJava() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.atlassian..", "net.java.ao..", "jakarta..", "javax.ws..", "javax.servlet..",
                        "org.apache.velocity..", "com.fasterxml..", "..persistence..", "..rest..", "..web..", "..platform..")
                .because("the roadmap's rules must not depend on Jira, Active Objects, JAX-RS or Velocity")
                .check(plugin);
    }

    @Test
    public void activeObjectsEntitiesStayInPersistenceAdapters() {
        noClasses().that().resideOutsideOfPackage("..persistence..")
                .should().dependOnClassesThat().resideInAPackage("net.java.ao..")
                .because("entities are mapped to domain values at the edge")
                .check(plugin);
    }

    @Test
    public void noStaticLookupsOfJiraComponents() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("com.atlassian.jira.component.ComponentAccessor")
                .check(plugin);
    }

    @Test
    public void noStaticMutableState() {
        fields().that().areStatic().and().areDeclaredInClassesThat().resideInAPackage("no.veikart.roadmap..")
                .and().doNotHaveName("serialVersionUID")
                .should().beFinal()
                .because("Data Center nodes share nothing in memory; static state also survives plugin reloads")
                .check(plugin);
    }

    @Test
    public void featuresDoNotReachIntoEachOthersPersistence() {
        noClasses().that().resideInAPackage("..phase..").and().resideOutsideOfPackage("..phase.persistence..")
                .should().dependOnClassesThat().resideInAPackage("..phase.persistence..")
                .check(plugin);
    }

    @Test
    public void rolesUseOtherFeaturesOnlyThroughTheirDomainAndOnlyInAdapters() {
        noClasses().that().resideInAPackage("no.veikart.roadmap.roles..")
                .should().dependOnClassesThat().resideInAnyPackage("no.veikart.roadmap.stakeholder.persistence..",
                        "no.veikart.roadmap.stakeholder.rest..", "no.veikart.roadmap.stakeholder.web..",
                        "no.veikart.roadmap.phase.persistence..", "no.veikart.roadmap.gain..", "no.veikart.roadmap.portfolio..")
                .check(plugin);
        noClasses().that().resideInAPackage("no.veikart.roadmap.roles.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("no.veikart.roadmap.stakeholder..", "no.veikart.roadmap.phase..")
                .because("the matrix reaches stakeholders and the gate only through ports its integration adapters implement")
                .check(plugin);
        noClasses().that().resideOutsideOfPackage("no.veikart.roadmap.roles..")
                .should().dependOnClassesThat().resideInAPackage("no.veikart.roadmap.roles..")
                .because("the phase gate knows the matrix only as a GateCondition")
                .check(plugin);
    }

    @Test
    public void initiativeKernelDependsOnNoFeature() {
        noClasses().that().resideInAPackage("no.veikart.roadmap.initiative.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("no.veikart.roadmap.phase..",
                        "no.veikart.roadmap.stakeholder..", "no.veikart.roadmap.gain..", "no.veikart.roadmap.portfolio..")
                .because("every feature hangs off the initiative kernel, so the kernel cannot hang off a feature")
                .check(plugin);
    }

    @Test
    public void sandboxNeverLeaksIntoPluginCode() {
        noClasses().should().dependOnClassesThat().resideInAPackage("no.veikart.roadmap.sandbox..").check(plugin);
        noClasses().that().resideInAPackage("no.veikart.roadmap..").should().haveModifier(JavaModifier.NATIVE).orShould()
                .dependOnClassesThat().resideInAPackage("org.eclipse.jetty..").check(plugin);
    }
}
