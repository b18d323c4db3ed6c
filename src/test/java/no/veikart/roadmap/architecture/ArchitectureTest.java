package no.veikart.roadmap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
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

    /**
     * Every feature (phase, stakeholder, gain, portfolio and any that comes: the first package below
     * {@code no.veikart.roadmap}, the initiative kernel included; platform and common are shared) keeps its
     * persistence and entities to itself: others go through its domain ports or the kernel's read model.
     */
    @Test
    public void featuresDoNotReachIntoEachOthersPersistence() {
        featuresKeepTheirPersistence().check(plugin);
    }

    private static ArchRule featuresKeepTheirPersistence() {
        return classes().that().resideInAPackage("no.veikart.roadmap..")
                .should(new ArchCondition<JavaClass>("not depend on another feature's persistence") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String own = feature(item.getPackageName());
                        for (Dependency d : item.getDirectDependenciesFromSelf()) {
                            String target = d.getTargetClass().getPackageName();
                            String other = feature(target);
                            if (other != null && !other.equals(own) && !SHARED.contains(other)
                                    && target.startsWith("no.veikart.roadmap." + other + ".persistence")) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                })
                .because("a feature's tables change with the feature; others read its domain ports or the read model");
    }

    /** The portfolio's reads before the read model (kept in test scope for the benchmark) broke the rule. */
    @Test
    public void theWidenedRuleSeesTheOldPortfolioReads() {
        JavaClasses before = new ClassFileImporter().importClasses(
                no.veikart.roadmap.portfolio.fivestream.AoFiveStreamSource.class);
        assertTrue(featuresKeepTheirPersistence().evaluate(before).hasViolation());
        assertEquals("gain", feature("no.veikart.roadmap.gain.persistence.upgrade"));
        assertEquals("initiative", feature("no.veikart.roadmap.initiative.domain"));
        assertEquals(null, feature("java.util"));
    }

    /** Shared adapters and values every feature may use (revision claims, configuration), not features. */
    private static final java.util.Set<String> SHARED = java.util.Set.of("platform", "common");

    /** {@code gain} of {@code no.veikart.roadmap.gain.persistence}; null outside the plugin. */
    static String feature(String packageName) {
        String prefix = "no.veikart.roadmap.";
        if (!packageName.startsWith(prefix)) {
            return null;
        }
        String rest = packageName.substring(prefix.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
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
        noClasses().that().resideOutsideOfPackages("no.veikart.roadmap.roles..", "no.veikart.roadmap.risk.integration..")
                .should().dependOnClassesThat().resideInAPackage("no.veikart.roadmap.roles..")
                .because("the phase gate knows the matrix only as a GateCondition")
                .check(plugin);
        noClasses().that().resideInAPackage("no.veikart.roadmap.risk.integration..")
                .should().dependOnClassesThat().resideInAnyPackage("no.veikart.roadmap.roles.persistence..",
                        "no.veikart.roadmap.roles.rest..", "no.veikart.roadmap.roles.view..", "no.veikart.roadmap.roles.web..")
                .because("the handover page reads the matrix through the roles feature's service, behind its own port")
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
