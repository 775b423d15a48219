//! DOC

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, Metadata, PageQuery, Timestamp};

/// DOC
#[derive(JsonSchema)]
pub struct ListInvitationsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// DOC
    pub organization_id: Option<String>,
    /// DOC
    pub email: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub enum UserInviteState {
    /// DOC
    #[serde(rename = "pending")]
    Pending,
    /// DOC
    #[serde(rename = "accepted")]
    Accepted,
    /// DOC
    #[serde(rename = "expired")]
    Expired,
    /// DOC
    #[serde(rename = "revoked")]
    Revoked,
}

/// DOC
#[derive(JsonSchema)]
pub struct UserInvite {
    /// DOC
    #[schemars(extend("const" = "invitation"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub email: Option<String>,
    /// DOC
    pub state: Option<UserInviteState>,
    /// DOC
    pub accepted_at: Option<Timestamp>,
    /// DOC
    pub revoked_at: Option<Timestamp>,
    /// DOC
    pub expires_at: Option<Timestamp>,
    /// DOC
    pub organization_id: Option<String>,
    /// DOC
    pub inviter_user_id: Option<String>,
    /// DOC
    pub accepted_user_id: Option<String>,
    /// DOC
    pub role_slug: Option<String>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
    /// DOC
    pub token: Option<String>,
    /// DOC
    pub accept_invitation_url: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub enum CreateUserInviteOptionsLocale {
    /// DOC
    #[serde(rename = "af")]
    Af,
    /// DOC
    #[serde(rename = "am")]
    Am,
    /// DOC
    #[serde(rename = "ar")]
    Ar,
    /// DOC
    #[serde(rename = "bg")]
    Bg,
    /// DOC
    #[serde(rename = "bn")]
    Bn,
    /// DOC
    #[serde(rename = "bs")]
    Bs,
    /// DOC
    #[serde(rename = "ca")]
    Ca,
    /// DOC
    #[serde(rename = "cs")]
    Cs,
    /// DOC
    #[serde(rename = "da")]
    Da,
    /// DOC
    #[serde(rename = "de")]
    De,
    /// DOC
    #[serde(rename = "de-DE")]
    DeDe,
    /// DOC
    #[serde(rename = "el")]
    El,
    /// DOC
    #[serde(rename = "en")]
    En,
    /// DOC
    #[serde(rename = "en-AU")]
    EnAu,
    /// DOC
    #[serde(rename = "en-CA")]
    EnCa,
    /// DOC
    #[serde(rename = "en-GB")]
    EnGb,
    /// DOC
    #[serde(rename = "en-US")]
    EnUs,
    /// DOC
    #[serde(rename = "es")]
    Es,
    /// DOC
    #[serde(rename = "es-419")]
    Es419,
    /// DOC
    #[serde(rename = "es-ES")]
    EsEs,
    /// DOC
    #[serde(rename = "es-US")]
    EsUs,
    /// DOC
    #[serde(rename = "et")]
    Et,
    /// DOC
    #[serde(rename = "fa")]
    Fa,
    /// DOC
    #[serde(rename = "fi")]
    Fi,
    /// DOC
    #[serde(rename = "fil")]
    Fil,
    /// DOC
    #[serde(rename = "fr")]
    Fr,
    /// DOC
    #[serde(rename = "fr-BE")]
    FrBe,
    /// DOC
    #[serde(rename = "fr-CA")]
    FrCa,
    /// DOC
    #[serde(rename = "fr-FR")]
    FrFr,
    /// DOC
    #[serde(rename = "fy")]
    Fy,
    /// DOC
    #[serde(rename = "gl")]
    Gl,
    /// DOC
    #[serde(rename = "gu")]
    Gu,
    /// DOC
    #[serde(rename = "ha")]
    Ha,
    /// DOC
    #[serde(rename = "he")]
    He,
    /// DOC
    #[serde(rename = "hi")]
    Hi,
    /// DOC
    #[serde(rename = "hr")]
    Hr,
    /// DOC
    #[serde(rename = "hu")]
    Hu,
    /// DOC
    #[serde(rename = "hy")]
    Hy,
    /// DOC
    #[serde(rename = "id")]
    Id,
    /// DOC
    #[serde(rename = "is")]
    Is,
    /// DOC
    #[serde(rename = "it")]
    It,
    /// DOC
    #[serde(rename = "it-IT")]
    ItIt,
    /// DOC
    #[serde(rename = "ja")]
    Ja,
    /// DOC
    #[serde(rename = "jv")]
    Jv,
    /// DOC
    #[serde(rename = "ka")]
    Ka,
    /// DOC
    #[serde(rename = "kk")]
    Kk,
    /// DOC
    #[serde(rename = "km")]
    Km,
    /// DOC
    #[serde(rename = "kn")]
    Kn,
    /// DOC
    #[serde(rename = "ko")]
    Ko,
    /// DOC
    #[serde(rename = "lt")]
    Lt,
    /// DOC
    #[serde(rename = "lv")]
    Lv,
    /// DOC
    #[serde(rename = "mk")]
    Mk,
    /// DOC
    #[serde(rename = "ml")]
    Ml,
    /// DOC
    #[serde(rename = "mn")]
    Mn,
    /// DOC
    #[serde(rename = "mr")]
    Mr,
    /// DOC
    #[serde(rename = "ms")]
    Ms,
    /// DOC
    #[serde(rename = "my")]
    My,
    /// DOC
    #[serde(rename = "nb")]
    Nb,
    /// DOC
    #[serde(rename = "ne")]
    Ne,
    /// DOC
    #[serde(rename = "nl")]
    Nl,
    /// DOC
    #[serde(rename = "nl-BE")]
    NlBe,
    /// DOC
    #[serde(rename = "nl-NL")]
    NlNl,
    /// DOC
    #[serde(rename = "nn")]
    Nn,
    /// DOC
    #[serde(rename = "no")]
    No,
    /// DOC
    #[serde(rename = "pa")]
    Pa,
    /// DOC
    #[serde(rename = "pl")]
    Pl,
    /// DOC
    #[serde(rename = "pt")]
    Pt,
    /// DOC
    #[serde(rename = "pt-BR")]
    PtBr,
    /// DOC
    #[serde(rename = "pt-PT")]
    PtPt,
    /// DOC
    #[serde(rename = "ro")]
    Ro,
    /// DOC
    #[serde(rename = "ru")]
    Ru,
    /// DOC
    #[serde(rename = "sk")]
    Sk,
    /// DOC
    #[serde(rename = "sl")]
    Sl,
    /// DOC
    #[serde(rename = "sq")]
    Sq,
    /// DOC
    #[serde(rename = "sr")]
    Sr,
    /// DOC
    #[serde(rename = "sv")]
    Sv,
    /// DOC
    #[serde(rename = "sw")]
    Sw,
    /// DOC
    #[serde(rename = "ta")]
    Ta,
    /// DOC
    #[serde(rename = "te")]
    Te,
    /// DOC
    #[serde(rename = "th")]
    Th,
    /// DOC
    #[serde(rename = "tr")]
    Tr,
    /// DOC
    #[serde(rename = "uk")]
    Uk,
    /// DOC
    #[serde(rename = "ur")]
    Ur,
    /// DOC
    #[serde(rename = "uz")]
    Uz,
    /// DOC
    #[serde(rename = "vi")]
    Vi,
    /// DOC
    #[serde(rename = "zh")]
    Zh,
    /// DOC
    #[serde(rename = "zh-CN")]
    ZhCn,
    /// DOC
    #[serde(rename = "zh-HK")]
    ZhHk,
    /// DOC
    #[serde(rename = "zh-TW")]
    ZhTw,
    /// DOC
    #[serde(rename = "zu")]
    Zu,
}

/// DOC
#[derive(JsonSchema)]
pub struct CreateUserInviteOptions {
    /// DOC
    pub email: String,
    /// DOC
    pub organization_id: Option<String>,
    /// DOC
    pub role_slug: Option<String>,
    /// DOC
    pub expires_in_days: Option<i64>,
    /// DOC
    pub inviter_user_id: Option<String>,
    /// DOC
    pub locale: Option<CreateUserInviteOptionsLocale>,
}

/// DOC
#[derive(JsonSchema)]
pub struct ResendUserInviteOptions {
    /// DOC
    pub locale: Option<CreateUserInviteOptionsLocale>,
}

/// The operations of this module.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::get("/user_management/invitations", "list_invitations")
            .tag("user-management.invitations")
            .doc("DOC")
            .query::<ListInvitationsQuery>()
            .list::<UserInvite>()
            .errors(&[422]),
        Operation::post("/user_management/invitations", "send_invitation")
            .tag("user-management.invitations")
            .doc("DOC")
            .json_body::<CreateUserInviteOptions>()
            .returns::<UserInvite>(201)
            .errors(&[400, 404, 422]),
        Operation::get("/user_management/invitations/by_token/{token}", "get_invitation_by_token")
            .tag("user-management.invitations")
            .doc("DOC")
            .path_param("token", "DOC")
            .returns::<UserInvite>(200)
            .errors(&[404]),
        Operation::get("/user_management/invitations/{id}", "get_invitation")
            .tag("user-management.invitations")
            .doc("DOC")
            .path_param("id", "DOC")
            .returns::<UserInvite>(200)
            .errors(&[404]),
        Operation::post("/user_management/invitations/{id}/accept", "accept_invitation")
            .tag("user-management.invitations")
            .doc("DOC")
            .path_param("id", "DOC")
            .returns::<UserInvite>(200)
            .errors(&[400, 404]),
        Operation::post("/user_management/invitations/{id}/resend", "resend_invitation")
            .tag("user-management.invitations")
            .doc("DOC")
            .path_param("id", "DOC")
            .json_body::<ResendUserInviteOptions>()
            .returns::<UserInvite>(200)
            .errors(&[400, 404, 422]),
        Operation::post("/user_management/invitations/{id}/revoke", "revoke_invitation")
            .tag("user-management.invitations")
            .doc("DOC")
            .path_param("id", "DOC")
            .returns::<UserInvite>(200)
            .errors(&[400]),
    ]
}
