package com.atlassian.jira.issue;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.List;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it;
 * createCustomField(name, description, type, searcher, contexts, issueTypes) and getCustomFieldSearcher as called by
 * testit-tms/jira-plugin {@code customfields/CustomFieldProvisioner.java} on Jira 11.3.6 (S-TI); getCustomFieldType,
 * getCustomFieldObject(Long) and the {@code throws GenericEntityException} from Jira's own CustomFieldManager /
 * DefaultCustomFieldManager sources (Jira 6.x-7.x copies in public code). A null entry in {@code issueTypes} means
 * "all issue types" (the idiom of public plugins).
 */
public interface CustomFieldManager {
    CustomField createCustomField(String fieldName, String description, CustomFieldType fieldType,
            CustomFieldSearcher customFieldSearcher, List<JiraContextNode> contexts, List<IssueType> issueTypes)
            throws GenericEntityException;

    CustomFieldType getCustomFieldType(String key);

    CustomFieldSearcher getCustomFieldSearcher(String key);

    CustomField getCustomFieldObject(Long id);
}
