//! Every operation of the spec, called through the `workos` crate against the local server,
//! which checks each request against the spec: the request is one the API would accept and
//! its answer parses. Prints a table per tag and fails on any operation not reached.

use std::collections::{BTreeMap, BTreeSet};

use futures::TryStreamExt;

use workos::{Secret, Workos};
use workos_tests::{TestServer, example};

use crate::support::client_for;

struct Harness<'s> {
    server: &'s TestServer,
    failures: Vec<String>,
    /// The operations reached through a list's stream.
    streamed: BTreeSet<String>,
    /// The value every path parameter gets instead of its usual name, if set.
    hostile_id: Option<&'static str>,
}

impl Harness<'_> {
    /// The value of the path parameter usually called `name`.
    fn id(&self, name: &str) -> String {
        self.hostile_id.unwrap_or(name).to_owned()
    }

    /// Reads the first item of a list through its stream, noting which operation served it.
    async fn walk<T: Send + 'static>(&mut self, call: &str, list: workos::Paginator<T>) {
        let before = self.server.requests().len();
        let result = list.items().try_next().await.map(drop);
        let sent = self.server.requests().into_iter().skip(before).filter_map(|r| r.operation);
        self.streamed.extend(sent);
        self.check(call, result);
    }

    fn check(&mut self, call: &str, result: Result<(), workos::Error>) {
        if let Err(error) = result {
            let detail = error
                .as_api()
                .map(|api| String::from_utf8_lossy(api.body()).into_owned())
                .unwrap_or_default();
            self.failures.push(format!("{call}: {error} {detail}"));
        }
    }
}

async fn call_every_method(h: &mut Harness<'_>, w: &Workos) {
    // One line per method of every handle; each one is an operation of the spec.
    h.check("admin_portal().generate_link", w.admin_portal().generate_link(&example()).await.map(drop));
    h.check("agents().get_registration", w.agents().get_registration(&h.id("id_01")).await.map(drop));
    h.check("agents().validate_credential", w.agents().validate_credential(&example()).await.map(drop));
    h.check("agents().link_claim_attempt", w.agents().link_claim_attempt(&example()).await.map(drop));
    h.check("api_keys().validate", w.api_keys().validate(&example()).await.map(drop));
    h.check("api_keys().delete", w.api_keys().delete(&h.id("id_01")).await.map(drop));
    h.check("api_keys().expire", w.api_keys().expire(&h.id("id_01"), &example()).await.map(drop));
    h.walk(
        "api_keys().list_for_organization",
        w.api_keys().list_for_organization(&h.id("organization_id_01"), example()),
    )
    .await;
    h.check(
        "api_keys().create_for_organization",
        w.api_keys().create_for_organization(&h.id("organization_id_01"), &example()).await.map(drop),
    );
    h.walk("api_keys().list_for_user", w.api_keys().list_for_user(&h.id("user_id_01"), example())).await;
    h.check(
        "api_keys().create_for_user",
        w.api_keys().create_for_user(&h.id("user_id_01"), &example()).await.map(drop),
    );
    h.check("audit_logs().create_event", w.audit_logs().create_event(&example(), None).await.map(drop));
    h.walk("audit_logs().list_actions", w.audit_logs().list_actions(example())).await;
    h.check(
        "audit_logs().create_schema",
        w.audit_logs().create_schema(&h.id("action_name_01"), &example()).await.map(drop),
    );
    h.walk("audit_logs().list_schemas", w.audit_logs().list_schemas(&h.id("action_name_01"), example()))
        .await;
    h.check("audit_logs().create_export", w.audit_logs().create_export(&example()).await.map(drop));
    h.check("audit_logs().get_export", w.audit_logs().get_export(&h.id("id_01")).await.map(drop));
    h.check(
        "audit_logs().get_retention",
        w.audit_logs().get_retention(&h.id("organization_id_01")).await.map(drop),
    );
    h.check(
        "audit_logs().set_retention",
        w.audit_logs().set_retention(&h.id("organization_id_01"), &example()).await.map(drop),
    );
    h.check("authkit().authenticate", w.authkit().authenticate(&example()).await.map(drop));
    h.check("authkit().authorize_device", w.authkit().authorize_device(&example()).await.map(drop));
    h.check("authkit().jwks", w.authkit().jwks(&h.id("client_01")).await.map(drop));
    h.check("authkit().revoke_session", w.authkit().revoke_session(&example()).await.map(drop));
    h.check("authkit().create_magic_auth", w.authkit().create_magic_auth(&example()).await.map(drop));
    h.check("authkit().get_magic_auth", w.authkit().get_magic_auth(&h.id("id_01")).await.map(drop));
    h.check("authkit().send_radar_challenge", w.authkit().send_radar_challenge(&example()).await.map(drop));
    h.check("authkit().get_radar_challenge", w.authkit().get_radar_challenge(&h.id("id_01")).await.map(drop));
    h.walk("authkit().list_cors_origins", w.authkit().list_cors_origins(example())).await;
    h.check("authkit().create_cors_origin", w.authkit().create_cors_origin(&example()).await.map(drop));
    h.walk("authkit().list_redirect_uris", w.authkit().list_redirect_uris(example())).await;
    h.check("authkit().create_redirect_uri", w.authkit().create_redirect_uri(&example()).await.map(drop));
    h.check("authkit().delete_redirect_uri", w.authkit().delete_redirect_uri(&h.id("id_01")).await.map(drop));
    h.check("authkit().get_jwt_template", w.authkit().get_jwt_template().await.map(drop));
    h.check("authkit().update_jwt_template", w.authkit().update_jwt_template(&example()).await.map(drop));
    h.check(
        "authorization().check",
        w.authorization().check(&h.id("organization_membership_id_01"), &example()).await.map(drop),
    );
    h.walk("authorization().list_resources", w.authorization().list_resources(example())).await;
    h.check("authorization().create_resource", w.authorization().create_resource(&example()).await.map(drop));
    h.check(
        "authorization().get_resource",
        w.authorization().get_resource(&h.id("resource_id_01")).await.map(drop),
    );
    h.check(
        "authorization().update_resource",
        w.authorization().update_resource(&h.id("resource_id_01"), &example()).await.map(drop),
    );
    h.check(
        "authorization().delete_resource",
        w.authorization().delete_resource(&h.id("resource_id_01"), &example()).await.map(drop),
    );
    h.check(
        "authorization().get_resource_by_external_id",
        w.authorization()
            .get_resource_by_external_id(
                &h.id("organization_id_01"),
                &h.id("resource_type_slug_01"),
                &h.id("external_id_01"),
            )
            .await
            .map(drop),
    );
    h.check(
        "authorization().update_resource_by_external_id",
        w.authorization()
            .update_resource_by_external_id(
                &h.id("organization_id_01"),
                &h.id("resource_type_slug_01"),
                &h.id("external_id_01"),
                &example(),
            )
            .await
            .map(drop),
    );
    h.check(
        "authorization().delete_resource_by_external_id",
        w.authorization()
            .delete_resource_by_external_id(
                &h.id("organization_id_01"),
                &h.id("resource_type_slug_01"),
                &h.id("external_id_01"),
                &example(),
            )
            .await
            .map(drop),
    );
    h.walk(
        "authorization().list_resource_memberships",
        w.authorization().list_resource_memberships(&h.id("resource_id_01"), example()),
    )
    .await;
    h.walk(
        "authorization().list_resource_memberships_by_external_id",
        w.authorization().list_resource_memberships_by_external_id(
            &h.id("organization_id_01"),
            &h.id("resource_type_slug_01"),
            &h.id("external_id_01"),
            example(),
        ),
    )
    .await;
    h.walk(
        "authorization().list_resource_role_assignments",
        w.authorization().list_resource_role_assignments(&h.id("resource_id_01"), example()),
    )
    .await;
    h.walk(
        "authorization().list_resource_role_assignments_by_external_id",
        w.authorization().list_resource_role_assignments_by_external_id(
            &h.id("organization_id_01"),
            &h.id("resource_type_slug_01"),
            &h.id("external_id_01"),
            example(),
        ),
    )
    .await;
    h.walk(
        "authorization().list_membership_resources",
        w.authorization().list_membership_resources(&h.id("organization_membership_id_01"), example()),
    )
    .await;
    h.walk(
        "authorization().list_effective_permissions",
        w.authorization().list_effective_permissions(
            &h.id("organization_membership_id_01"),
            &h.id("resource_id_01"),
            example(),
        ),
    )
    .await;
    h.walk(
        "authorization().list_effective_permissions_by_external_id",
        w.authorization().list_effective_permissions_by_external_id(
            &h.id("organization_membership_id_01"),
            &h.id("resource_type_slug_01"),
            &h.id("external_id_01"),
            example(),
        ),
    )
    .await;
    h.walk(
        "authorization().list_membership_role_assignments",
        w.authorization().list_membership_role_assignments(&h.id("organization_membership_id_01"), example()),
    )
    .await;
    h.check(
        "authorization().assign_role",
        w.authorization().assign_role(&h.id("organization_membership_id_01"), &example()).await.map(drop),
    );
    h.check(
        "authorization().remove_role",
        w.authorization().remove_role(&h.id("organization_membership_id_01"), &example()).await.map(drop),
    );
    h.check(
        "authorization().remove_role_assignment",
        w.authorization()
            .remove_role_assignment(&h.id("organization_membership_id_01"), &h.id("role_assignment_id_01"))
            .await
            .map(drop),
    );
    h.walk(
        "authorization().list_group_role_assignments",
        w.authorization().list_group_role_assignments(&h.id("group_id_01"), example()),
    )
    .await;
    h.check(
        "authorization().assign_group_role",
        w.authorization().assign_group_role(&h.id("group_id_01"), &example()).await.map(drop),
    );
    h.check(
        "authorization().replace_group_role_assignments",
        w.authorization().replace_group_role_assignments(&h.id("group_id_01"), &example()).await.map(drop),
    );
    h.check(
        "authorization().remove_group_role",
        w.authorization().remove_group_role(&h.id("group_id_01"), &example()).await.map(drop),
    );
    h.check(
        "authorization().get_group_role_assignment",
        w.authorization()
            .get_group_role_assignment(&h.id("group_id_01"), &h.id("role_assignment_id_01"))
            .await
            .map(drop),
    );
    h.check(
        "authorization().remove_group_role_assignment",
        w.authorization()
            .remove_group_role_assignment(&h.id("group_id_01"), &h.id("role_assignment_id_01"))
            .await
            .map(drop),
    );
    h.check("client_tokens().create", w.client_tokens().create(&example()).await.map(drop));
    h.check("connect().complete_login", w.connect().complete_login(&example()).await.map(drop));
    h.walk("connect().list_applications", w.connect().list_applications(example())).await;
    h.check("connect().create_application", w.connect().create_application(&example()).await.map(drop));
    h.check("connect().get_application", w.connect().get_application(&h.id("id_01")).await.map(drop));
    h.check(
        "connect().update_application",
        w.connect().update_application(&h.id("id_01"), &example()).await.map(drop),
    );
    h.check("connect().delete_application", w.connect().delete_application(&h.id("id_01")).await.map(drop));
    h.check(
        "connect().list_client_secrets",
        w.connect().list_client_secrets(&h.id("application_id_01")).await.map(drop),
    );
    h.check(
        "connect().create_client_secret",
        w.connect().create_client_secret(&h.id("application_id_01")).await.map(drop),
    );
    h.check(
        "connect().delete_client_secret",
        w.connect().delete_client_secret(&h.id("id_01")).await.map(drop),
    );
    h.walk(
        "connect().list_organization_authorizations",
        w.connect().list_organization_authorizations(&h.id("organization_id_01"), example()),
    )
    .await;
    h.walk(
        "connect().list_user_authorizations",
        w.connect().list_user_authorizations(&h.id("user_id_01"), example()),
    )
    .await;
    h.check(
        "connect().delete_user_authorization",
        w.connect()
            .delete_user_authorization(&h.id("user_id_01"), &h.id("application_id_01"))
            .await
            .map(drop),
    );
    h.walk("directory_sync().list_directories", w.directory_sync().list_directories(example())).await;
    h.check(
        "directory_sync().get_directory",
        w.directory_sync().get_directory(&h.id("id_01")).await.map(drop),
    );
    h.check(
        "directory_sync().delete_directory",
        w.directory_sync().delete_directory(&h.id("id_01")).await.map(drop),
    );
    h.walk("directory_sync().list_users", w.directory_sync().list_users(example())).await;
    h.check("directory_sync().get_user", w.directory_sync().get_user(&h.id("id_01")).await.map(drop));
    h.walk("directory_sync().list_groups", w.directory_sync().list_groups(example())).await;
    h.check("directory_sync().get_group", w.directory_sync().get_group(&h.id("id_01")).await.map(drop));
    h.walk("events().list", w.events().list(example())).await;
    h.walk("feature_flags().list", w.feature_flags().list(example())).await;
    h.check("feature_flags().get", w.feature_flags().get(&h.id("slug_01")).await.map(drop));
    h.check("feature_flags().enable", w.feature_flags().enable(&h.id("slug_01")).await.map(drop));
    h.check("feature_flags().disable", w.feature_flags().disable(&h.id("slug_01")).await.map(drop));
    h.check(
        "feature_flags().add_target",
        w.feature_flags().add_target(&h.id("slug_01"), &h.id("resource_id_01")).await.map(drop),
    );
    h.check(
        "feature_flags().remove_target",
        w.feature_flags().remove_target(&h.id("slug_01"), &h.id("resource_id_01")).await.map(drop),
    );
    h.walk(
        "feature_flags().list_for_organization",
        w.feature_flags().list_for_organization(&h.id("organization_id_01"), example()),
    )
    .await;
    h.walk("feature_flags().list_for_user", w.feature_flags().list_for_user(&h.id("user_id_01"), example()))
        .await;
    h.walk("groups().list", w.groups().list(&h.id("organization_id_01"), example())).await;
    h.check("groups().create", w.groups().create(&h.id("organization_id_01"), &example()).await.map(drop));
    h.check(
        "groups().get",
        w.groups().get(&h.id("organization_id_01"), &h.id("group_id_01")).await.map(drop),
    );
    h.check(
        "groups().update",
        w.groups().update(&h.id("organization_id_01"), &h.id("group_id_01"), &example()).await.map(drop),
    );
    h.check(
        "groups().delete",
        w.groups().delete(&h.id("organization_id_01"), &h.id("group_id_01")).await.map(drop),
    );
    h.walk(
        "groups().list_members",
        w.groups().list_members(&h.id("organization_id_01"), &h.id("group_id_01"), example()),
    )
    .await;
    h.check(
        "groups().add_member",
        w.groups().add_member(&h.id("organization_id_01"), &h.id("group_id_01"), &example()).await.map(drop),
    );
    h.check(
        "groups().remove_member",
        w.groups()
            .remove_member(&h.id("organization_id_01"), &h.id("group_id_01"), &h.id("membership_id_01"))
            .await
            .map(drop),
    );
    h.walk(
        "groups().list_for_membership",
        w.groups().list_for_membership(&h.id("membership_id_01"), example()),
    )
    .await;
    h.walk("invitations().list", w.invitations().list(example())).await;
    h.check("invitations().send", w.invitations().send(&example()).await.map(drop));
    h.check("invitations().get", w.invitations().get(&h.id("id_01")).await.map(drop));
    h.check("invitations().get_by_token", w.invitations().get_by_token(&h.id("token_01")).await.map(drop));
    h.check("invitations().accept", w.invitations().accept(&h.id("id_01")).await.map(drop));
    h.check("invitations().resend", w.invitations().resend(&h.id("id_01"), &example()).await.map(drop));
    h.check("invitations().revoke", w.invitations().revoke(&h.id("id_01")).await.map(drop));
    h.check("mfa().enroll_factor", w.mfa().enroll_factor(&example()).await.map(drop));
    h.check("mfa().get_factor", w.mfa().get_factor(&h.id("id_01")).await.map(drop));
    h.check("mfa().delete_factor", w.mfa().delete_factor(&h.id("id_01")).await.map(drop));
    h.check("mfa().challenge_factor", w.mfa().challenge_factor(&h.id("id_01"), &example()).await.map(drop));
    h.check("mfa().verify_challenge", w.mfa().verify_challenge(&h.id("id_01"), &example()).await.map(drop));
    h.check("organization_domains().create", w.organization_domains().create(&example()).await.map(drop));
    h.check("organization_domains().get", w.organization_domains().get(&h.id("id_01")).await.map(drop));
    h.check("organization_domains().delete", w.organization_domains().delete(&h.id("id_01")).await.map(drop));
    h.check("organization_domains().verify", w.organization_domains().verify(&h.id("id_01")).await.map(drop));
    h.walk("organization_memberships().list", w.organization_memberships().list(example())).await;
    h.check(
        "organization_memberships().create",
        w.organization_memberships().create(&example()).await.map(drop),
    );
    h.check(
        "organization_memberships().get",
        w.organization_memberships().get(&h.id("id_01")).await.map(drop),
    );
    h.check(
        "organization_memberships().update",
        w.organization_memberships().update(&h.id("id_01"), &example()).await.map(drop),
    );
    h.check(
        "organization_memberships().delete",
        w.organization_memberships().delete(&h.id("id_01")).await.map(drop),
    );
    h.check(
        "organization_memberships().deactivate",
        w.organization_memberships().deactivate(&h.id("id_01")).await.map(drop),
    );
    h.check(
        "organization_memberships().reactivate",
        w.organization_memberships().reactivate(&h.id("id_01")).await.map(drop),
    );
    h.walk("organizations().list", w.organizations().list(example())).await;
    h.check("organizations().create", w.organizations().create(&example()).await.map(drop));
    h.check("organizations().get", w.organizations().get(&h.id("id_01")).await.map(drop));
    h.check(
        "organizations().get_by_external_id",
        w.organizations().get_by_external_id(&h.id("external_id_01")).await.map(drop),
    );
    h.check("organizations().update", w.organizations().update(&h.id("id_01"), &example()).await.map(drop));
    h.check("organizations().delete", w.organizations().delete(&h.id("id_01")).await.map(drop));
    h.check(
        "organizations().audit_log_configuration",
        w.organizations().audit_log_configuration(&h.id("id_01")).await.map(drop),
    );
    h.check("pipes().create_integration", w.pipes().create_integration(&example()).await.map(drop));
    h.walk("pipes().list_integrations", w.pipes().list_integrations(example())).await;
    h.check("pipes().get_integration", w.pipes().get_integration(&h.id("slug_01")).await.map(drop));
    h.check(
        "pipes().update_integration",
        w.pipes().update_integration(&h.id("slug_01"), &example()).await.map(drop),
    );
    h.check("pipes().delete_integration", w.pipes().delete_integration(&h.id("slug_01")).await.map(drop));
    h.check("pipes().upsert_api_key", w.pipes().upsert_api_key(&h.id("slug_01"), &example()).await.map(drop));
    h.check(
        "pipes().upsert_client_credentials",
        w.pipes().upsert_client_credentials(&h.id("slug_01"), &example()).await.map(drop),
    );
    h.check(
        "pipes().get_authorization_url",
        w.pipes().get_authorization_url(&h.id("slug_01"), &example()).await.map(drop),
    );
    h.check(
        "pipes().vend_credentials",
        w.pipes().vend_credentials(&h.id("slug_01"), &example()).await.map(drop),
    );
    h.check(
        "pipes().get_access_token",
        w.pipes().get_access_token(&h.id("slug_01"), &example()).await.map(drop),
    );
    h.check(
        "pipes().list_organization_integrations",
        w.pipes().list_organization_integrations(&h.id("organization_id_01")).await.map(drop),
    );
    h.check(
        "pipes().configure_organization_integration",
        w.pipes()
            .configure_organization_integration(&h.id("organization_id_01"), &h.id("slug_01"), &example())
            .await
            .map(drop),
    );
    h.check(
        "pipes().get_connected_account",
        w.pipes().get_connected_account(&h.id("user_id_01"), &h.id("slug_01"), &example()).await.map(drop),
    );
    h.check(
        "pipes().delete_connected_account",
        w.pipes().delete_connected_account(&h.id("user_id_01"), &h.id("slug_01"), &example()).await.map(drop),
    );
    h.check(
        "pipes().import_connected_account",
        w.pipes()
            .import_connected_account(&h.id("user_id_01"), &h.id("slug_01"), &example(), &example())
            .await
            .map(drop),
    );
    h.check(
        "pipes().update_connected_account",
        w.pipes()
            .update_connected_account(&h.id("user_id_01"), &h.id("slug_01"), &example(), &example())
            .await
            .map(drop),
    );
    h.check(
        "pipes().list_data_providers",
        w.pipes().list_data_providers(&h.id("user_id_01"), &example()).await.map(drop),
    );
    h.check("radar().create_attempt", w.radar().create_attempt(&example()).await.map(drop));
    h.check("radar().update_attempt", w.radar().update_attempt(&h.id("id_01"), &example()).await.map(drop));
    h.check(
        "radar().add_list_entry",
        w.radar().add_list_entry(&example(), &example(), &example()).await.map(drop),
    );
    h.check(
        "radar().remove_list_entry",
        w.radar().remove_list_entry(&example(), &example(), &example()).await.map(drop),
    );
    h.check("roles().create", w.roles().create(&example()).await.map(drop));
    h.check("roles().list", w.roles().list().await.map(drop));
    h.check("roles().get", w.roles().get(&h.id("slug_01")).await.map(drop));
    h.check("roles().update", w.roles().update(&h.id("slug_01"), &example()).await.map(drop));
    h.check(
        "roles().set_permissions",
        w.roles().set_permissions(&h.id("slug_01"), &example()).await.map(drop),
    );
    h.check("roles().add_permission", w.roles().add_permission(&h.id("slug_01"), &example()).await.map(drop));
    h.check(
        "roles().create_organization_role",
        w.roles().create_organization_role(&h.id("organization_id_01"), &example()).await.map(drop),
    );
    h.check(
        "roles().list_organization_roles",
        w.roles().list_organization_roles(&h.id("organization_id_01")).await.map(drop),
    );
    h.check(
        "roles().get_organization_role",
        w.roles().get_organization_role(&h.id("organization_id_01"), &h.id("slug_01")).await.map(drop),
    );
    h.check(
        "roles().update_organization_role",
        w.roles()
            .update_organization_role(&h.id("organization_id_01"), &h.id("slug_01"), &example())
            .await
            .map(drop),
    );
    h.check(
        "roles().delete_organization_role",
        w.roles().delete_organization_role(&h.id("organization_id_01"), &h.id("slug_01")).await.map(drop),
    );
    h.check(
        "roles().set_organization_role_permissions",
        w.roles()
            .set_organization_role_permissions(&h.id("organization_id_01"), &h.id("slug_01"), &example())
            .await
            .map(drop),
    );
    h.check(
        "roles().add_organization_role_permission",
        w.roles()
            .add_organization_role_permission(&h.id("organization_id_01"), &h.id("slug_01"), &example())
            .await
            .map(drop),
    );
    h.check(
        "roles().remove_organization_role_permission",
        w.roles()
            .remove_organization_role_permission(
                &h.id("organization_id_01"),
                &h.id("slug_01"),
                &h.id("permission_slug_01"),
            )
            .await
            .map(drop),
    );
    h.walk("roles().list_permissions", w.roles().list_permissions(example())).await;
    h.check("roles().create_permission", w.roles().create_permission(&example()).await.map(drop));
    h.check("roles().get_permission", w.roles().get_permission(&h.id("slug_01")).await.map(drop));
    h.check(
        "roles().update_permission",
        w.roles().update_permission(&h.id("slug_01"), &example()).await.map(drop),
    );
    h.check("roles().delete_permission", w.roles().delete_permission(&h.id("slug_01")).await.map(drop));
    h.walk("sso().list_connections", w.sso().list_connections(example())).await;
    h.check("sso().get_connection", w.sso().get_connection(&h.id("id_01")).await.map(drop));
    h.check("sso().delete_connection", w.sso().delete_connection(&h.id("id_01")).await.map(drop));
    h.check("sso().get_profile_and_token", w.sso().get_profile_and_token(&example()).await.map(drop));
    h.check("sso().get_profile", w.sso().get_profile(&Secret::new("token_01")).await.map(drop));
    h.check("sso().authorize_logout", w.sso().authorize_logout(&example()).await.map(drop));
    h.walk("user_management().list_users", w.user_management().list_users(example())).await;
    h.check("user_management().create_user", w.user_management().create_user(&example()).await.map(drop));
    h.check("user_management().get_user", w.user_management().get_user(&h.id("id_01")).await.map(drop));
    h.check(
        "user_management().get_user_by_external_id",
        w.user_management().get_user_by_external_id(&h.id("external_id_01")).await.map(drop),
    );
    h.check(
        "user_management().update_user",
        w.user_management().update_user(&h.id("id_01"), &example()).await.map(drop),
    );
    h.check("user_management().delete_user", w.user_management().delete_user(&h.id("id_01")).await.map(drop));
    h.check(
        "user_management().send_verification_email",
        w.user_management().send_verification_email(&h.id("user_id_01")).await.map(drop),
    );
    h.check(
        "user_management().verify_email",
        w.user_management().verify_email(&h.id("user_id_01"), &example()).await.map(drop),
    );
    h.check(
        "user_management().get_email_verification",
        w.user_management().get_email_verification(&h.id("id_01")).await.map(drop),
    );
    h.check(
        "user_management().create_password_reset",
        w.user_management().create_password_reset(&example()).await.map(drop),
    );
    h.check(
        "user_management().get_password_reset",
        w.user_management().get_password_reset(&h.id("id_01")).await.map(drop),
    );
    h.check(
        "user_management().reset_password",
        w.user_management().reset_password(&example()).await.map(drop),
    );
    h.check(
        "user_management().send_email_change",
        w.user_management().send_email_change(&h.id("user_id_01"), &example()).await.map(drop),
    );
    h.check(
        "user_management().confirm_email_change",
        w.user_management().confirm_email_change(&h.id("user_id_01"), &example()).await.map(drop),
    );
    h.check(
        "user_management().list_identities",
        w.user_management().list_identities(&h.id("user_id_01")).await.map(drop),
    );
    h.walk(
        "user_management().list_sessions",
        w.user_management().list_sessions(&h.id("user_id_01"), example()),
    )
    .await;
    h.check(
        "user_management().enroll_auth_factor",
        w.user_management().enroll_auth_factor(&h.id("user_id_01"), &example()).await.map(drop),
    );
    h.walk(
        "user_management().list_auth_factors",
        w.user_management().list_auth_factors(&h.id("user_id_01"), example()),
    )
    .await;
    h.check("vault().create_data_key", w.vault().create_data_key(&example()).await.map(drop));
    h.check("vault().decrypt_data_key", w.vault().decrypt_data_key(&example()).await.map(drop));
    h.check("vault().rekey_data_key", w.vault().rekey_data_key(&example()).await.map(drop));
    h.check("vault().list_objects", w.vault().list_objects(&example()).await.map(drop));
    h.check("vault().create_object", w.vault().create_object(&example()).await.map(drop));
    h.check("vault().get_object", w.vault().get_object(&h.id("id_01")).await.map(drop));
    h.check("vault().get_object_by_name", w.vault().get_object_by_name(&h.id("name_01")).await.map(drop));
    h.check("vault().get_object_metadata", w.vault().get_object_metadata(&h.id("id_01")).await.map(drop));
    h.check("vault().update_object", w.vault().update_object(&h.id("id_01"), &example()).await.map(drop));
    h.check("vault().delete_object", w.vault().delete_object(&h.id("id_01"), &example()).await.map(drop));
    h.check("vault().list_object_versions", w.vault().list_object_versions(&h.id("id_01")).await.map(drop));
    h.walk("webhooks().list_endpoints", w.webhooks().list_endpoints(example())).await;
    h.check("webhooks().create_endpoint", w.webhooks().create_endpoint(&example()).await.map(drop));
    h.check(
        "webhooks().update_endpoint",
        w.webhooks().update_endpoint(&h.id("id_01"), &example()).await.map(drop),
    );
    h.check("webhooks().delete_endpoint", w.webhooks().delete_endpoint(&h.id("id_01")).await.map(drop));
    h.check("widgets().create_token", w.widgets().create_token(&example()).await.map(drop));
}

/// The four browser redirects and the key set URL are built, not called: each URL is parsed,
/// then opened against the server, which checks its parameters against the spec.
async fn open_every_url(h: &mut Harness<'_>, w: &Workos, server: &TestServer) {
    let pkce = workos::pkce::Pkce::new();
    let urls = [
        (
            "sso_authorization_url",
            w.sso_authorization_url("https://app.example.com/callback").map(|u| {
                u.organization("org_1")
                    .state("st")
                    .provider_scopes(&["a", "b"])
                    .pkce(&pkce)
                    .prompt_login()
                    .build()
            }),
        ),
        (
            "authkit_authorization_url",
            w.authkit_authorization_url("https://app.example.com/callback").map(|u| {
                u.provider("authkit")
                    .screen_hint("sign-up")
                    .state("st")
                    .provider_query_param("hd", "example.com")
                    .pkce(&pkce)
                    .build()
            }),
        ),
        ("authkit_logout_url", w.authkit_logout_url("session_1", Some("https://app.example.com/bye"))),
        ("sso_logout_url", w.sso_logout_url("logout_token_1")),
        ("jwks_url", w.jwks_url()),
    ];
    // reqwest is built without a TLS provider of its own (the SDK brings one); plain HTTP
    // to the local server still needs one installed.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    for (name, url) in urls {
        let url = match url {
            Ok(url) => url,
            Err(error) => {
                h.failures.push(format!("{name}: {error}"));
                continue;
            }
        };
        let parsed =
            url::Url::parse(&url).unwrap_or_else(|e| panic!("{name} built an invalid URL {url}: {e}"));
        assert!(parsed.as_str().starts_with(&server.url()), "{name}: {url}");
        let status = http.get(parsed).send().await.map(|r| r.status().as_u16());
        match status {
            Ok(200 | 302) => {}
            other => h.failures.push(format!("{name}: the server answered {other:?} to {url}")),
        }
    }
}

#[tokio::test]
async fn every_operation_is_reachable_and_accepted() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    let mut harness =
        Harness { server: &server, failures: Vec::new(), streamed: BTreeSet::new(), hostile_id: None };
    call_every_method(&mut harness, &workos).await;
    open_every_url(&mut harness, &workos, &server).await;

    let accepted: std::collections::BTreeSet<String> = server
        .requests()
        .into_iter()
        .filter(|r| (200..400).contains(&r.status))
        .filter_map(|r| r.operation)
        .collect();
    let mut by_tag: BTreeMap<String, (usize, usize, Vec<String>)> = BTreeMap::new();
    for (id, tag) in server.operations() {
        let entry = by_tag.entry(tag).or_default();
        entry.1 += 1;
        if accepted.contains(&id) {
            entry.0 += 1;
        } else {
            entry.2.push(id);
        }
    }
    let mut table = format!("\n{:<50} {:>6}\n", "tag", "called");
    let (mut called, mut total) = (0, 0);
    for (tag, (ok, all, missing)) in &by_tag {
        let missing = if missing.is_empty() { String::new() } else { format!("  missing: {missing:?}") };
        table.push_str(&format!("{tag:<50} {ok:>3}/{all:<3}{missing}\n"));
        called += ok;
        total += all;
    }
    table.push_str(&format!("{:<50} {called:>3}/{total:<3}\n", "all operations"));
    // Written to the process's stderr rather than through `println!`, which the test harness
    // captures: the table belongs in every run's output, passing or not.
    use std::io::Write as _;
    let _ = std::io::stderr().lock().write_all(table.as_bytes());

    assert!(
        harness.failures.is_empty(),
        "{} calls failed:\n{}",
        harness.failures.len(),
        harness.failures.join("\n")
    );
    assert_eq!(called, total, "operations not reached");
    let lists: Vec<&str> = workos_api::operations::ALL.iter().filter(|op| op.list).map(|op| op.id).collect();
    let not_streamed: Vec<&&str> = lists.iter().filter(|id| !harness.streamed.contains(**id)).collect();
    assert!(not_streamed.is_empty(), "list operations not walked as a stream: {not_streamed:?}");
    assert!(lists.len() >= 39, "only {} list operations in the spec", lists.len());
    assert_eq!(total, 212);
}

/// Every operation with a path parameter, called with ids an attacker would choose: each
/// request either is refused before it is sent or reaches its own operation with the id,
/// decoded, as the whole of each parameter's segment. Operations without one are sent as
/// usual, as many times as with ordinary ids.
#[tokio::test]
async fn hostile_ids_never_change_the_path_requested() {
    let without_parameters = |server: &TestServer| -> Vec<String> {
        let mut ops: Vec<String> = server
            .requests()
            .into_iter()
            .filter_map(|r| r.operation)
            .filter(|op| !workos_api::operations::by_id(op).unwrap().path.contains('{'))
            .collect();
        ops.sort();
        ops
    };
    let server = TestServer::start().await;
    let mut harness =
        Harness { server: &server, failures: Vec::new(), streamed: BTreeSet::new(), hostile_id: None };
    call_every_method(&mut harness, &client_for(&server)).await;
    let ordinary = without_parameters(&server);
    // Some path parameters are typed values (a Radar list's type), not ids: the harness's ids
    // all end in `_01`.
    let ordinary_paths: BTreeMap<String, String> =
        server.requests().into_iter().filter_map(|r| Some((r.operation?, r.path))).collect();

    let hostile = [
        r"x\..\..\user_management\users\user_1",
        "../../user_management/users/user_1",
        "..%2F..%2Fuser_management",
        "%2e%2e",
        "a?b=c#d",
        "..",
        ".",
        "x/",
        "\\",
        "é;@:+&=$,!*'()",
    ];
    for id in hostile {
        let server = TestServer::start().await;
        let mut harness = Harness {
            server: &server,
            failures: Vec::new(),
            streamed: BTreeSet::new(),
            hostile_id: Some(id),
        };
        call_every_method(&mut harness, &client_for(&server)).await;
        let mut with_parameters = 0;
        for request in server.requests() {
            let operation = request.operation.as_deref().unwrap_or_else(|| {
                panic!("{id:?}: a request went to no operation: {} {}", request.method, request.path)
            });
            let template = workos_api::operations::by_id(operation).unwrap().path;
            let ordinary_path = &ordinary_paths[operation];
            let segments = template.split('/').zip(request.path.split('/')).zip(ordinary_path.split('/'));
            assert_eq!(request.path.split('/').count(), template.split('/').count(), "{}", request.path);
            for ((expected, sent), ordinary) in segments {
                if expected.starts_with('{') && ordinary.ends_with("_01") {
                    let decoded = percent_encoding::percent_decode_str(sent).decode_utf8_lossy();
                    assert_eq!(decoded, id, "{operation} was sent to {}", request.path);
                    with_parameters += 1;
                }
            }
        }
        assert_eq!(without_parameters(&server), ordinary, "{id:?}: the calls without a path parameter");
        let refused = matches!(id, "." | "..");
        assert_eq!(with_parameters == 0, refused, "{id:?}: {with_parameters} path parameters sent");
    }
}
