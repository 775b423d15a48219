//! Invitations: e-mails that ask someone to join your application or one of its
//! organizations.

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{PageQuery, Timestamp};

/// An invitation to sign up, and to join an organization if it names one.
#[derive(JsonSchema)]
pub struct Invitation {
    /// Always `invitation`.
    #[schemars(extend("const" = "invitation"))]
    pub object: String,
    /// Unique id, `invitation_...`.
    pub id: String,
    /// The address the invitation was sent to.
    pub email: String,
    /// Where the invitation is in its life cycle.
    pub state: Option<InvitationState>,
    /// The organization the recipient joins on accepting; `null` for an invitation to the
    /// application alone.
    pub organization_id: Option<String>,
    /// The role the recipient receives in the organization; `null` without an organization.
    pub role_slug: Option<String>,
    /// The user who sent the invitation, if one was named.
    pub inviter_user_id: Option<String>,
    /// The user who accepted the invitation, once accepted.
    pub accepted_user_id: Option<String>,
    /// When the invitation was accepted; `null` until then.
    pub accepted_at: Option<Timestamp>,
    /// When the invitation was revoked; `null` unless revoked.
    pub revoked_at: Option<Timestamp>,
    /// When the invitation stops working.
    pub expires_at: Option<Timestamp>,
    /// The token that accepts the invitation.
    #[schemars(extend("format" = "password"))]
    pub token: Option<String>,
    /// The page where the recipient accepts the invitation, token included.
    #[schemars(extend("format" = "password"))]
    pub accept_invitation_url: Option<String>,
    /// When the invitation was sent.
    pub created_at: Timestamp,
    /// When the invitation last changed.
    pub updated_at: Timestamp,
}

/// Where an invitation is in its life cycle.
#[derive(JsonSchema)]
pub enum InvitationState {
    /// Sent, waiting for the recipient.
    #[serde(rename = "pending")]
    Pending,
    /// The recipient accepted it.
    #[serde(rename = "accepted")]
    Accepted,
    /// It ran out of time.
    #[serde(rename = "expired")]
    Expired,
    /// It was withdrawn.
    #[serde(rename = "revoked")]
    Revoked,
}

/// Query of the invitation list.
#[derive(JsonSchema)]
pub struct ListInvitationsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// Only invitations to this organization.
    pub organization_id: Option<String>,
    /// Only invitations sent to this e-mail address.
    pub email: Option<String>,
}

/// The language of an e-mail WorkOS sends, such as an invitation or a sign-in code.
#[derive(JsonSchema)]
pub enum InvitationLocale {
    /// Afrikaans.
    #[serde(rename = "af")]
    Af,
    /// Amharic.
    #[serde(rename = "am")]
    Am,
    /// Arabic.
    #[serde(rename = "ar")]
    Ar,
    /// Bulgarian.
    #[serde(rename = "bg")]
    Bg,
    /// Bengali.
    #[serde(rename = "bn")]
    Bn,
    /// Bosnian.
    #[serde(rename = "bs")]
    Bs,
    /// Catalan.
    #[serde(rename = "ca")]
    Ca,
    /// Czech.
    #[serde(rename = "cs")]
    Cs,
    /// Danish.
    #[serde(rename = "da")]
    Da,
    /// German.
    #[serde(rename = "de")]
    De,
    /// German (Germany).
    #[serde(rename = "de-DE")]
    DeDe,
    /// Greek.
    #[serde(rename = "el")]
    El,
    /// English.
    #[serde(rename = "en")]
    En,
    /// English (Australia).
    #[serde(rename = "en-AU")]
    EnAu,
    /// English (Canada).
    #[serde(rename = "en-CA")]
    EnCa,
    /// English (United Kingdom).
    #[serde(rename = "en-GB")]
    EnGb,
    /// English (United States).
    #[serde(rename = "en-US")]
    EnUs,
    /// Spanish.
    #[serde(rename = "es")]
    Es,
    /// Spanish (Latin America).
    #[serde(rename = "es-419")]
    Es419,
    /// Spanish (Spain).
    #[serde(rename = "es-ES")]
    EsEs,
    /// Spanish (United States).
    #[serde(rename = "es-US")]
    EsUs,
    /// Estonian.
    #[serde(rename = "et")]
    Et,
    /// Persian.
    #[serde(rename = "fa")]
    Fa,
    /// Finnish.
    #[serde(rename = "fi")]
    Fi,
    /// Filipino.
    #[serde(rename = "fil")]
    Fil,
    /// French.
    #[serde(rename = "fr")]
    Fr,
    /// French (Belgium).
    #[serde(rename = "fr-BE")]
    FrBe,
    /// French (Canada).
    #[serde(rename = "fr-CA")]
    FrCa,
    /// French (France).
    #[serde(rename = "fr-FR")]
    FrFr,
    /// Western Frisian.
    #[serde(rename = "fy")]
    Fy,
    /// Galician.
    #[serde(rename = "gl")]
    Gl,
    /// Gujarati.
    #[serde(rename = "gu")]
    Gu,
    /// Hausa.
    #[serde(rename = "ha")]
    Ha,
    /// Hebrew.
    #[serde(rename = "he")]
    He,
    /// Hindi.
    #[serde(rename = "hi")]
    Hi,
    /// Croatian.
    #[serde(rename = "hr")]
    Hr,
    /// Hungarian.
    #[serde(rename = "hu")]
    Hu,
    /// Armenian.
    #[serde(rename = "hy")]
    Hy,
    /// Indonesian.
    #[serde(rename = "id")]
    Id,
    /// Icelandic.
    #[serde(rename = "is")]
    Is,
    /// Italian.
    #[serde(rename = "it")]
    It,
    /// Italian (Italy).
    #[serde(rename = "it-IT")]
    ItIt,
    /// Japanese.
    #[serde(rename = "ja")]
    Ja,
    /// Javanese.
    #[serde(rename = "jv")]
    Jv,
    /// Georgian.
    #[serde(rename = "ka")]
    Ka,
    /// Kazakh.
    #[serde(rename = "kk")]
    Kk,
    /// Khmer.
    #[serde(rename = "km")]
    Km,
    /// Kannada.
    #[serde(rename = "kn")]
    Kn,
    /// Korean.
    #[serde(rename = "ko")]
    Ko,
    /// Lithuanian.
    #[serde(rename = "lt")]
    Lt,
    /// Latvian.
    #[serde(rename = "lv")]
    Lv,
    /// Macedonian.
    #[serde(rename = "mk")]
    Mk,
    /// Malayalam.
    #[serde(rename = "ml")]
    Ml,
    /// Mongolian.
    #[serde(rename = "mn")]
    Mn,
    /// Marathi.
    #[serde(rename = "mr")]
    Mr,
    /// Malay.
    #[serde(rename = "ms")]
    Ms,
    /// Burmese.
    #[serde(rename = "my")]
    My,
    /// Norwegian Bokmål.
    #[serde(rename = "nb")]
    Nb,
    /// Nepali.
    #[serde(rename = "ne")]
    Ne,
    /// Dutch.
    #[serde(rename = "nl")]
    Nl,
    /// Dutch (Belgium).
    #[serde(rename = "nl-BE")]
    NlBe,
    /// Dutch (Netherlands).
    #[serde(rename = "nl-NL")]
    NlNl,
    /// Norwegian Nynorsk.
    #[serde(rename = "nn")]
    Nn,
    /// Norwegian.
    #[serde(rename = "no")]
    No,
    /// Punjabi.
    #[serde(rename = "pa")]
    Pa,
    /// Polish.
    #[serde(rename = "pl")]
    Pl,
    /// Portuguese.
    #[serde(rename = "pt")]
    Pt,
    /// Portuguese (Brazil).
    #[serde(rename = "pt-BR")]
    PtBr,
    /// Portuguese (Portugal).
    #[serde(rename = "pt-PT")]
    PtPt,
    /// Romanian.
    #[serde(rename = "ro")]
    Ro,
    /// Russian.
    #[serde(rename = "ru")]
    Ru,
    /// Slovak.
    #[serde(rename = "sk")]
    Sk,
    /// Slovenian.
    #[serde(rename = "sl")]
    Sl,
    /// Albanian.
    #[serde(rename = "sq")]
    Sq,
    /// Serbian.
    #[serde(rename = "sr")]
    Sr,
    /// Swedish.
    #[serde(rename = "sv")]
    Sv,
    /// Swahili.
    #[serde(rename = "sw")]
    Sw,
    /// Tamil.
    #[serde(rename = "ta")]
    Ta,
    /// Telugu.
    #[serde(rename = "te")]
    Te,
    /// Thai.
    #[serde(rename = "th")]
    Th,
    /// Turkish.
    #[serde(rename = "tr")]
    Tr,
    /// Ukrainian.
    #[serde(rename = "uk")]
    Uk,
    /// Urdu.
    #[serde(rename = "ur")]
    Ur,
    /// Uzbek.
    #[serde(rename = "uz")]
    Uz,
    /// Vietnamese.
    #[serde(rename = "vi")]
    Vi,
    /// Chinese.
    #[serde(rename = "zh")]
    Zh,
    /// Chinese (China).
    #[serde(rename = "zh-CN")]
    ZhCn,
    /// Chinese (Hong Kong).
    #[serde(rename = "zh-HK")]
    ZhHk,
    /// Chinese (Taiwan).
    #[serde(rename = "zh-TW")]
    ZhTw,
    /// Zulu.
    #[serde(rename = "zu")]
    Zu,
}

/// Request body that sends an invitation.
#[derive(JsonSchema)]
pub struct SendInvitation {
    /// The recipient's e-mail address.
    pub email: String,
    /// The organization the recipient will join; without it, the invitation is to the
    /// application alone.
    pub organization_id: Option<String>,
    /// The role the recipient receives in the organization.
    pub role_slug: Option<String>,
    /// How many days the invitation works, from 1 to 30 (the API's default is 7).
    pub expires_in_days: Option<i64>,
    /// The user who invites; the e-mail names them.
    pub inviter_user_id: Option<String>,
    /// The language of the e-mail.
    pub locale: Option<InvitationLocale>,
}

/// Request body that sends a pending invitation's e-mail again.
#[derive(JsonSchema)]
pub struct ResendInvitation {
    /// The language of the e-mail.
    pub locale: Option<InvitationLocale>,
}

const ID: &str = "The invitation's id, `invitation_...`.";

/// The operations on invitations.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::get("/user_management/invitations", "list_invitations")
            .sdk("invitations", "list")
            .tag("user-management.invitations")
            .doc("Lists invitations, optionally only those of one organization or one address.")
            .query::<ListInvitationsQuery>()
            .list::<Invitation>()
            .errors(&[422]),
        Operation::post("/user_management/invitations", "send_invitation")
            .sdk("invitations", "send")
            .tag("user-management.invitations")
            .doc("Invites someone by e-mail to the application or to an organization.")
            .json_body::<SendInvitation>()
            .returns::<Invitation>(201)
            .errors(&[400, 404, 422]),
        Operation::get("/user_management/invitations/by_token/{token}", "get_invitation_by_token")
            .sdk("invitations", "get_by_token")
            .tag("user-management.invitations")
            .doc("Fetches the invitation that a token accepts.")
            .path_param("token", "The invitation's token, as in its accept link.")
            .returns::<Invitation>(200)
            .errors(&[404]),
        Operation::get("/user_management/invitations/{id}", "get_invitation")
            .sdk("invitations", "get")
            .tag("user-management.invitations")
            .doc("Fetches one invitation.")
            .path_param("id", ID)
            .returns::<Invitation>(200)
            .errors(&[404]),
        Operation::post("/user_management/invitations/{id}/accept", "accept_invitation")
            .sdk("invitations", "accept")
            .tag("user-management.invitations")
            .doc("Accepts an invitation and activates the organization membership it grants, if any.")
            .path_param("id", ID)
            .returns::<Invitation>(200)
            .errors(&[400, 404]),
        Operation::post("/user_management/invitations/{id}/resend", "resend_invitation")
            .sdk("invitations", "resend")
            .tag("user-management.invitations")
            .doc("Sends a pending invitation's e-mail again.")
            .path_param("id", ID)
            .json_body::<ResendInvitation>()
            .returns::<Invitation>(200)
            .errors(&[400, 404, 422]),
        Operation::post("/user_management/invitations/{id}/revoke", "revoke_invitation")
            .sdk("invitations", "revoke")
            .tag("user-management.invitations")
            .doc("Withdraws a pending invitation.")
            .path_param("id", ID)
            .returns::<Invitation>(200)
            .errors(&[400]),
    ]
}
