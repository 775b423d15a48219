//! The generated structs' written `Serialize` (codegen's `lean_serialize`) makes the calls
//! `serde`'s derive made: a struct of the type's name whose length counts the fields written,
//! the fields in order under their JSON names, the skipped ones left out; so every format,
//! not only JSON, writes what it wrote before.

use serde_test::{Token, assert_ser_tokens};
use workos_api::types::{ActionDeniedEventData, ActionType, UpdateOrganization};

#[test]
fn an_empty_body_is_a_struct_of_no_fields() {
    assert_ser_tokens(
        &UpdateOrganization::default(),
        &[Token::Struct { name: "UpdateOrganization", len: 0 }, Token::StructEnd],
    );
}

#[test]
fn the_fields_set_are_written_in_order_and_counted() {
    let body = UpdateOrganization::default()
        .name("Acme")
        .domains(vec!["acme.com".to_owned()])
        .stripe_customer_id("cus_1");
    assert_ser_tokens(
        &body,
        &[
            Token::Struct { name: "UpdateOrganization", len: 3 },
            Token::Str("domains"),
            Token::Seq { len: Some(1) },
            Token::Str("acme.com"),
            Token::SeqEnd,
            Token::Str("name"),
            Token::Some,
            Token::Str("Acme"),
            Token::Str("stripe_customer_id"),
            Token::Some,
            Token::Str("cus_1"),
            Token::StructEnd,
        ],
    );
}

#[test]
fn a_renamed_field_is_written_under_its_json_name() {
    let mut data = ActionDeniedEventData::default();
    data.kind = Some(ActionType::UserRegistration);
    data.email = Some("a@example.com".to_owned());
    assert_ser_tokens(
        &data,
        &[
            Token::Struct { name: "ActionDeniedEventData", len: 2 },
            Token::Str("email"),
            Token::Some,
            Token::Str("a@example.com"),
            Token::Str("type"),
            Token::Some,
            Token::Str("user_registration"),
            Token::StructEnd,
        ],
    );
    assert_eq!(
        serde_json::to_value(&data).unwrap(),
        serde_json::json!({ "email": "a@example.com", "type": "user_registration" })
    );
}
