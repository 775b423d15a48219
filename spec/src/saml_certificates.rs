//! The certificates of SAML connections: the identity provider's signing certificates and WorkOS's own signing and encryption certificates.

use schemars::JsonSchema;

use crate::Operation;
use crate::common::Timestamp;

/// A certificate of the identity provider, used to check the signature on its SAML responses.
#[derive(JsonSchema)]
pub struct SamlIdpSigningCertificate {
    /// Always `saml_idp_signing_certificate`.
    #[schemars(extend("const" = "saml_idp_signing_certificate"))]
    pub object: String,
    /// Unique id of the certificate.
    pub id: String,
    /// The certificate itself, PEM or base64 encoded.
    pub value: Option<String>,
    /// The start of the certificate's validity; `null` when unknown.
    pub not_before: Option<Timestamp>,
    /// The end of the certificate's validity; `null` when unknown.
    pub not_after: Option<Timestamp>,
    /// When the certificate was added to the connection.
    pub created_at: Option<Timestamp>,
}

/// Every identity provider signing certificate of a connection, expired ones too, oldest
/// first. Not paginated.
#[derive(JsonSchema)]
pub struct SamlIdpSigningCertificateList {
    /// Always `list`.
    #[schemars(extend("const" = "list"))]
    pub object: String,
    /// The certificates.
    #[serde(default)]
    pub data: Vec<SamlIdpSigningCertificate>,
}

/// Request body that adds an identity provider signing certificate to a SAML connection.
#[derive(JsonSchema)]
pub struct AddSamlIdpSigningCertificate {
    /// The certificate, PEM or base64 encoded.
    pub value: String,
}

/// The public half of a key pair that WorkOS holds for a SAML connection, with which the
/// identity provider encrypts its assertions.
#[derive(JsonSchema)]
pub struct SamlSpEncryptionCertificate {
    /// Always `saml_sp_encryption_certificate`.
    #[schemars(extend("const" = "saml_sp_encryption_certificate"))]
    pub object: String,
    /// Unique id of the certificate.
    pub id: String,
    /// The certificate to hand to the identity provider.
    pub value: Option<String>,
    /// The start of the certificate's validity; `null` when unknown.
    pub not_before: Option<Timestamp>,
    /// The end of the certificate's validity; `null` when unknown.
    pub not_after: Option<Timestamp>,
    /// When the key pair was generated.
    pub created_at: Option<Timestamp>,
}

/// Every encryption certificate WorkOS holds for a connection. Not paginated.
#[derive(JsonSchema)]
pub struct SamlSpEncryptionCertificateList {
    /// Always `list`.
    #[schemars(extend("const" = "list"))]
    pub object: String,
    /// The certificates.
    #[serde(default)]
    pub data: Vec<SamlSpEncryptionCertificate>,
}

/// The public half of the key pair with which WorkOS signs the SAML requests it sends to the
/// identity provider.
#[derive(JsonSchema)]
pub struct SamlSpSigningCertificate {
    /// Always `saml_sp_signing_certificate`.
    #[schemars(extend("const" = "saml_sp_signing_certificate"))]
    pub object: String,
    /// Unique id of the certificate.
    pub id: String,
    /// The certificate to hand to the identity provider.
    pub value: Option<String>,
    /// The start of the certificate's validity; `null` when unknown.
    pub not_before: Option<Timestamp>,
    /// The end of the certificate's validity; `null` when unknown.
    pub not_after: Option<Timestamp>,
    /// When the key pair was generated.
    pub created_at: Option<Timestamp>,
}

const CONNECTION_ID: &str = "The SAML connection's id, `conn_...`.";
const CERTIFICATE_ID: &str = "The certificate's id.";

/// The operations of this area.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::get("/connections/{connection_id}/saml_idp_signing_certs", "list_saml_idp_signing_certificates")
            .sdk("sso", "list_idp_signing_certificates")
            .tag("connections.saml-certificates")
            .doc("Lists the identity provider's signing certificates of a SAML connection, oldest first.")
            .details("Expired certificates are included. The answer is a single page, not a cursor list.")
            .path_param("connection_id", CONNECTION_ID)
            .returns::<SamlIdpSigningCertificateList>(200)
            .errors(&[400, 401, 403, 404, 429]),
        Operation::post("/connections/{connection_id}/saml_idp_signing_certs", "add_saml_idp_signing_certificate")
            .sdk("sso", "add_idp_signing_certificate")
            .tag("connections.saml-certificates")
            .doc("Adds a signing certificate of the identity provider to a SAML connection.")
            .path_param("connection_id", CONNECTION_ID)
            .json_body::<AddSamlIdpSigningCertificate>()
            .returns::<SamlIdpSigningCertificate>(201)
            .errors(&[400, 401, 403, 404, 422, 429]),
        Operation::delete(
            "/connections/{connection_id}/saml_idp_signing_certs/{certificate_id}",
            "delete_saml_idp_signing_certificate",
        )
        .sdk("sso", "delete_idp_signing_certificate")
        .tag("connections.saml-certificates")
        .doc("Removes a signing certificate of the identity provider from a SAML connection.")
        .details("A connection keeps at least one: its last certificate cannot be removed.")
        .path_param("connection_id", CONNECTION_ID)
        .path_param("certificate_id", CERTIFICATE_ID)
        .empty(204)
        .errors(&[400, 401, 403, 404, 429]),
        Operation::get("/connections/{connection_id}/saml_sp_encryption_certs", "list_saml_sp_encryption_certificates")
            .sdk("sso", "list_sp_encryption_certificates")
            .tag("connections.saml-certificates")
            .doc("Lists the encryption certificates WorkOS holds for a SAML connection.")
            .details("The answer is a single page, not a cursor list.")
            .path_param("connection_id", CONNECTION_ID)
            .returns::<SamlSpEncryptionCertificateList>(200)
            .errors(&[400, 401, 403, 404, 429]),
        Operation::post("/connections/{connection_id}/saml_sp_encryption_certs", "create_saml_sp_encryption_certificate")
            .sdk("sso", "create_sp_encryption_certificate")
            .tag("connections.saml-certificates")
            .doc("Generates a new encryption key pair for a SAML connection and returns its certificate.")
            .details("The request has no body; WorkOS keeps the private key.")
            .path_param("connection_id", CONNECTION_ID)
            .returns::<SamlSpEncryptionCertificate>(201)
            .errors(&[400, 401, 403, 404, 409, 429]),
        Operation::delete(
            "/connections/{connection_id}/saml_sp_encryption_certs/{certificate_id}",
            "delete_saml_sp_encryption_certificate",
        )
        .sdk("sso", "delete_sp_encryption_certificate")
        .tag("connections.saml-certificates")
        .doc("Removes an encryption key pair from a SAML connection.")
        .path_param("connection_id", CONNECTION_ID)
        .path_param("certificate_id", CERTIFICATE_ID)
        .empty(204)
        .errors(&[401, 403, 404, 429]),
        Operation::get("/connections/{connection_id}/saml_sp_signing_cert", "get_saml_sp_signing_certificate")
            .sdk("sso", "get_sp_signing_certificate")
            .tag("connections.saml-certificates")
            .doc("Fetches the certificate with which WorkOS signs a SAML connection's requests.")
            .details("Answers `404` when the connection has none. The success status is inferred, not documented.")
            .path_param("connection_id", CONNECTION_ID)
            .returns::<SamlSpSigningCertificate>(200)
            .errors(&[400, 401, 403, 404, 429]),
        Operation::post("/connections/{connection_id}/saml_sp_signing_cert", "create_saml_sp_signing_certificate")
            .sdk("sso", "create_sp_signing_certificate")
            .tag("connections.saml-certificates")
            .doc("Generates the key pair with which WorkOS signs a SAML connection's requests.")
            .details(
                "The request has no body; WorkOS keeps the private key. A connection has at most one such key \
                 pair. The success status is inferred, not documented.",
            )
            .path_param("connection_id", CONNECTION_ID)
            .returns::<SamlSpSigningCertificate>(201)
            .errors(&[400, 401, 403, 404, 409, 429]),
        Operation::delete(
            "/connections/{connection_id}/saml_sp_signing_cert/{certificate_id}",
            "delete_saml_sp_signing_certificate",
        )
        .sdk("sso", "delete_sp_signing_certificate")
        .tag("connections.saml-certificates")
        .doc("Removes the request-signing key pair of a SAML connection.")
        .details("Later requests to the identity provider go out unsigned. The success status is inferred, not documented.")
        .path_param("connection_id", CONNECTION_ID)
        .path_param("certificate_id", CERTIFICATE_ID)
        .empty(204)
        .errors(&[401, 403, 404, 429]),
    ]
}
