//! Small documents through codegen, pinning how each awkward construct comes out.

use serde_json::{Value, json};

use crate::support::excerpt;

fn doc(paths: Value, schemas: Value) -> openapiv3::OpenAPI {
    serde_json::from_value(json!({
        "openapi": "3.0.3",
        "info": { "title": "fixture", "version": "1" },
        "paths": paths,
        "components": { "schemas": schemas },
    }))
    .expect("fixture is OpenAPI")
}

fn get_thing() -> Value {
    json!({ "/things/{id}": { "get": {
        "operationId": "get_thing",
        "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }],
        "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } } }
    } } })
}

#[test]
fn named_enums_are_open() {
    let doc = doc(
        get_thing(),
        json!({
            "State": { "type": "string", "enum": ["active", "legacy_verified"], "description": "A state.",
                       "x-enum-descriptions": ["In use.", "Verified long ago."] },
            "Thing": { "type": "object", "required": ["id", "state"], "properties": {
                "id": { "type": "string" },
                "state": { "$ref": "#/components/schemas/State" },
                "previous": { "allOf": [{ "$ref": "#/components/schemas/State" }], "nullable": true },
            } },
        }),
    );
    let source = workos_codegen::generate(&doc).unwrap();
    insta::assert_snapshot!(excerpt(&source, &["State", "Thing"], &[]));
}

#[test]
fn optional_fields_and_collections_tolerate_absence_and_null() {
    let doc = doc(
        get_thing(),
        json!({
            "Thing": { "type": "object", "required": ["id", "object", "name"], "properties": {
                "object": { "type": "string", "enum": ["thing"] },
                "id": { "type": "string" },
                "name": { "type": "string" },
                "nickname": { "type": "string", "nullable": true },
                "tags": { "type": "array", "items": { "type": "string" } },
                "metadata": { "type": "object", "additionalProperties": { "type": "string" } },
                "raw": { "type": "object", "additionalProperties": true },
                "created_at": { "type": "string", "format": "date-time" },
                "secret": { "type": "string", "format": "password", "nullable": true },
            } },
        }),
    );
    let source = workos_codegen::generate(&doc).unwrap();
    insta::assert_snapshot!(excerpt(&source, &["Thing"], &[]));
}

#[test]
fn form_bodies_are_sent_form_encoded() {
    let doc = doc(
        json!({ "/token": { "post": {
            "operationId": "exchange_code",
            "requestBody": { "required": true, "content": { "application/x-www-form-urlencoded": {
                "schema": { "$ref": "#/components/schemas/TokenRequest" } } } },
            "responses": { "200": { "description": "ok", "content": { "application/json": {
                "schema": { "$ref": "#/components/schemas/Token" } } } } }
        } } }),
        json!({
            "TokenRequest": { "type": "object", "required": ["code", "client_id"], "properties": {
                "code": { "type": "string" }, "client_id": { "type": "string" }, "client_secret": { "type": "string", "format": "password" } } },
            "Token": { "type": "object", "required": ["access_token"], "properties": {
                "access_token": { "type": "string", "format": "password" } } },
        }),
    );
    let source = workos_codegen::generate(&doc).unwrap();
    insta::assert_snapshot!(excerpt(&source, &["TokenRequest"], &["exchange_code"]));
}

#[test]
fn empty_successes_accept_any_2xx() {
    let doc = doc(
        json!({ "/things/{id}": { "delete": {
            "operationId": "delete_thing",
            "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }],
            "responses": { "202": { "description": "accepted" } }
        } } }),
        json!({}),
    );
    let source = workos_codegen::generate(&doc).unwrap();
    let method = excerpt(&source, &[], &["delete_thing", "send", "send_empty"]);
    assert!(method.contains(r#"send_empty(self, request, "delete_thing").await"#), "{method}");
    assert!(method.contains("200..=299 => Ok(response)"), "{method}");
    assert!(method.contains("Ok(ResponseValue::empty(response))"), "{method}");
    insta::assert_snapshot!(method);
}

#[test]
fn error_responses_reach_the_client_whole() {
    let error = json!({ "description": "error", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ErrorBody" } } } });
    let doc = doc(
        json!({ "/things": { "post": {
            "operationId": "create_thing",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } },
            "responses": {
                "201": { "description": "created", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } },
                "400": error, "404": error, "422": error,
            }
        } } }),
        json!({
            "Thing": { "type": "object", "required": ["id"], "properties": { "id": { "type": "string" } } },
            "ErrorBody": { "type": "object", "properties": { "message": { "type": "string" }, "code": { "type": "string" } } },
        }),
    );
    let source = workos_codegen::generate(&doc).unwrap();
    let method = excerpt(&source, &[], &["create_thing", "send"]);
    assert!(method.contains("Error<()>"), "errors are not typed by progenitor: {method}");
    assert!(method.contains("_ => Err(Error::UnexpectedResponse(response))"), "{method}");
    insta::assert_snapshot!(method);
}

#[test]
fn the_lint_names_every_problem_and_where() {
    let doc = doc(
        json!({
            "/a": { "get": {
                "operationId": "getA",
                "responses": {
                    "200": { "description": "inline", "content": { "application/json": { "schema": { "type": "object" } } } },
                    "201": { "description": "empty" },
                    "400": { "description": "e1", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/E1" } } } },
                    "404": { "description": "e2", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/E2" } } } },
                }
            } },
            "/b/{id}": { "get": {
                "operationId": "get_b",
                "parameters": [{ "name": "key", "in": "path", "required": true, "schema": { "type": "string" } }],
                "responses": { "200": { "description": "ok" } }
            } },
        }),
        json!({
            "E1": { "type": "object", "properties": { "kind": { "type": "string", "enum": ["a", "b"] } } },
            "E2": { "not": { "type": "string" } },
            "Clash": { "type": "string", "enum": ["sign-up", "sign_up", "unknown"] },
            "Fields": { "type": "object", "properties": { "integrationType": { "type": "string" }, "integration_type": { "type": "string" } } },
        }),
    );
    let Err(workos_codegen::Error::Lint(errors)) = workos_codegen::generate(&doc) else {
        panic!("the lint should refuse this document");
    };
    let report: Vec<String> = errors.iter().map(ToString::to_string).collect();
    insta::assert_snapshot!(report.join("\n"));
}

/// What the spec says beyond OpenAPI is read through the types of `workos-spec-extensions`: a
/// misspelt or mistyped fact, or an extension codegen does not read, is refused where it
/// stands, not ignored.
#[test]
fn an_extension_object_that_does_not_read_is_refused_where_it_stands() {
    let mut paths = get_thing();
    paths["/things/{id}"]["get"]["x-workos"] = json!({ "lists": true });
    let doc = doc(
        paths,
        json!({
            "Thing": { "type": "object", "required": ["id"], "properties": {
                "id": { "type": "string", "x-workos": { "rust_name": 3 } },
                "kind": { "type": "string", "x-rust-name": "kind" } } },
            "Event": { "type": "object", "x-workos": { "events": { "thing.made": { "data": "Nothing", "doc": "Made." } } } },
        }),
    );
    let Err(workos_codegen::Error::Lint(errors)) = workos_codegen::generate(&doc) else {
        panic!("the lint should refuse this document");
    };
    let report: Vec<String> = errors.iter().map(ToString::to_string).collect();
    let report = report.join("\n");
    assert!(
        report
            .contains("/paths/~1things~1{id}/get/x-workos: does not read as its type: unknown field `lists`"),
        "{report}"
    );
    assert!(
        report.contains(
            "/components/schemas/Thing/properties/id/x-workos: does not read as its type: invalid type"
        ),
        "{report}"
    );
    assert!(
        report.contains(
            "/components/schemas/Event: event type `thing.made` carries `Nothing`, which is not a component"
        ),
        "{report}"
    );
    assert!(
        report.contains(
            "/components/schemas/Thing/properties/kind/x-rust-name: codegen reads no `x-rust-name`"
        ),
        "{report}"
    );
    assert_eq!(errors.len(), 4, "{report}");
}

#[test]
fn timestamps_read_through_the_lenient_parser() {
    let doc = doc(
        get_thing(),
        json!({
            "Thing": { "type": "object", "required": ["id", "created_at", "deleted_at"], "properties": {
                "id": { "type": "string" },
                "created_at": { "type": "string", "format": "date-time" },
                "deleted_at": { "type": "string", "format": "date-time", "nullable": true },
                "seen_at": { "type": "string", "format": "date-time" },
            } },
        }),
    );
    let source = workos_codegen::generate(&doc).unwrap();
    let thing = excerpt(&source, &["Thing"], &[]);
    // The written `Deserialize` reads each timestamp through the lenient reader: the required
    // one through the plain reader, the nullable and the optional one through the optional.
    let flat: String = thing.split_whitespace().collect();
    assert_eq!(flat.matches("crate::de::read_with::<crate::de::Timestamp,_,>").count(), 1, "{thing}");
    assert_eq!(flat.matches("crate::de::read_with::<crate::de::OptionalTimestamp,_,>").count(), 2, "{thing}");
    // `deleted_at` is required though nullable: it is missing when absent, with no default;
    // `seen_at` is optional and defaults to `None`.
    assert!(flat.contains(r#"(f1.is_none(),"deleted_at")"#), "{thing}");
    assert!(flat.contains("seen_at:f3.unwrap_or_default()"), "{thing}");
    assert_eq!(flat.matches("unwrap_or_default()").count(), 1, "{thing}");
    insta::assert_snapshot!(thing);
}

#[test]
fn every_type_can_grow_and_what_is_sent_has_setters() {
    let doc = doc(
        json!({ "/things": {
            "get": {
                "operationId": "list_things",
                "parameters": [
                    { "name": "limit", "in": "query", "schema": { "type": "integer", "format": "uint32" } },
                    { "name": "order", "in": "query", "schema": { "$ref": "#/components/schemas/Order" } },
                ],
                "responses": { "200": { "description": "ok", "content": { "application/json": {
                    "schema": { "$ref": "#/components/schemas/Thing" } } } } }
            },
            "post": {
                "operationId": "create_thing",
                "requestBody": { "required": true, "content": { "application/json": {
                    "schema": { "$ref": "#/components/schemas/CreateThing" } } } },
                "responses": { "201": { "description": "ok", "content": { "application/json": {
                    "schema": { "$ref": "#/components/schemas/Thing" } } } } }
            },
        } }),
        json!({
            "Order": { "type": "string", "enum": ["asc", "desc"] },
            "CreateThing": { "type": "object", "required": ["name", "object"], "properties": {
                "object": { "type": "string", "enum": ["thing"] },
                "name": { "type": "string" },
                "nickname": { "type": "string" },
                "tags": { "type": "array", "items": { "type": "string" } },
                "metadata": { "type": "object", "additionalProperties": { "type": "string" } },
                "secret": { "type": "string", "format": "password" },
                "default": { "type": "boolean" },
                "options": { "$ref": "#/components/schemas/ThingOptions" },
            } },
            "ThingOptions": { "type": "object", "properties": {
                "count": { "type": "integer", "format": "int64" },
            } },
            "Thing": { "type": "object", "required": ["id"], "properties": {
                "id": { "type": "string" },
                "nickname": { "type": "string" },
            } },
        }),
    );
    let source = workos_codegen::generate(&doc).unwrap();
    let types = ["Order", "CreateThing", "ThingOptions", "ListThingsParams", "Thing"];
    let items = excerpt(&source, &types, &[]);
    let lines: Vec<&str> = items.lines().collect();
    for name in types {
        let declared = lines.iter().position(|l| l.contains(&format!(" {name} {{"))).expect(name);
        let mut attributes = lines[..declared].iter().rev().take_while(|l| l.trim_start().starts_with("#["));
        assert!(
            attributes.any(|l| l.contains("#[non_exhaustive]")),
            "{name} is not #[non_exhaustive]:\n{items}"
        );
    }
    // A response type is read, not sent: it keeps its constructor and gets no setters.
    let thing = excerpt(&source, &["Thing"], &[]);
    assert!(thing.contains("pub fn new(") && !thing.contains("mut self"), "{thing}");
    // The one-value `object` is filled in by `new`; `default` would hide `Default::default`.
    assert!(items.contains("pub fn set_default(mut self, value: bool)"), "{items}");
    assert!(!items.contains("pub fn object("), "{items}");
    insta::assert_snapshot!(items);
}

#[test]
fn older_spellings_decode_through_a_twin_that_reads_each_as_its_own_field() {
    let doc = doc(
        get_thing(),
        json!({
            "Cursor": { "type": "object", "properties": { "after": { "type": "string", "nullable": true } } },
            "Thing": { "type": "object", "required": ["id"], "properties": {
                "id": { "type": "string" },
                "cursor": { "allOf": [{ "$ref": "#/components/schemas/Cursor" }],
                            "x-workos": { "aliases": ["Cursor", "cursorV1"] } },
                "type": { "type": "string", "x-workos": { "rust_name": "kind", "aliases": ["Type"] } },
                "seen_at": { "type": "string", "format": "date-time", "x-workos": { "aliases": ["seenAt"] } },
                "tags": { "type": "array", "items": { "type": "string" } },
            } },
        }),
    );
    let source = workos_codegen::generate(&doc).unwrap();
    let thing = excerpt(&source, &["Thing", "ThingAsSent"], &[]);
    // serde's `alias` would refuse an answer with two spellings as a duplicate field.
    assert!(!thing.contains("alias"), "{thing}");
    assert!(thing.contains("struct ThingAsSent") && !thing.contains("pub struct ThingAsSent"), "{thing}");
    assert!(thing.contains("cursor: sent.cursor.or(sent.cursor_older_0).or(sent.cursor_older_1)"), "{thing}");
    assert!(thing.contains("kind: sent.kind.or(sent.kind_older_0)"), "{thing}");
    // The older spelling of a timestamp reads through the lenient parser too: the twin's
    // written `Deserialize` reads both spellings with it.
    let compact: String = thing.split_whitespace().collect();
    assert_eq!(compact.matches("crate::de::read_with::<crate::de::OptionalTimestamp,").count(), 2, "{thing}");
    insta::assert_snapshot!(thing);
}

#[test]
fn older_spellings_only_fill_in_an_optional_single_value() {
    let doc = doc(
        get_thing(),
        json!({
            "Thing": { "type": "object", "required": ["id", "name"], "properties": {
                "id": { "type": "string" },
                "name": { "type": "string", "x-workos": { "aliases": ["Name"] } },
                "tags": { "type": "array", "items": { "type": "string" }, "x-workos": { "aliases": ["Tags"] } },
                "labels": { "type": "object", "additionalProperties": { "type": "string" }, "x-workos": { "aliases": ["Labels"] } },
                "nickname": { "type": "string", "x-workos": { "aliases": ["id", "nickname"] } },
                "handle": { "type": "string", "x-workos": { "aliases": [7] } },
            } },
        }),
    );
    let Err(workos_codegen::Error::Lint(errors)) = workos_codegen::generate(&doc) else {
        panic!("the lint should refuse this document");
    };
    let report: Vec<String> = errors.iter().map(ToString::to_string).collect();
    let at = |property: &str| format!("/components/schemas/Thing/properties/{property}: ");
    let expected = [
        // An older spelling that is not a string does not read as the extension object.
        "/components/schemas/Thing/properties/handle/x-workos: does not read as its type: \
         invalid type: integer `7`, expected a string"
            .to_owned(),
        format!(
            "{}a list or map reads absent as empty, so an older spelling could not fill it in",
            at("labels")
        ),
        format!("{}a required property cannot have older spellings: make it optional", at("name")),
        format!("{}the older spelling `id` is the name of a property", at("nickname")),
        format!("{}the older spelling `nickname` is the name of a property", at("nickname")),
        format!(
            "{}a list or map reads absent as empty, so an older spelling could not fill it in",
            at("tags")
        ),
    ];
    assert_eq!(report, expected);
}

/// What WorkOS deprecated is `#[deprecated]` with its successor as the note (an operation's
/// SDK method, a property's field), and the test of every operation may still call it; an
/// operation with a server of its own (`{issuer}`) takes that host first and is sent through
/// a client for it.
#[test]
fn deprecations_carry_their_successor_and_another_host_is_an_argument() {
    let doc: openapiv3::OpenAPI = serde_json::from_value(json!({
        "openapi": "3.0.3",
        "info": { "title": "fixture", "version": "1" },
        "x-workos": { "handles": [{ "accessor": "things", "module": "things", "type": "Things", "doc": "Things." }] },
        "paths": {
            "/things/{id}": { "get": {
                "operationId": "get_thing",
                "deprecated": true,
                "x-workos": { "sdk": { "handle": "things", "method": "get" }, "deprecated": "use `things().fetch`" },
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }],
                "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } } }
            } },
            "/oauth2/token": { "post": {
                "operationId": "exchange_token",
                "servers": [{ "url": "{issuer}", "variables": { "issuer": { "default": "https://auth.example.com" } } }],
                "security": [],
                "x-workos": { "sdk": { "handle": "things", "method": "exchange" } },
                "requestBody": { "required": true, "content": { "application/x-www-form-urlencoded": {
                    "schema": { "$ref": "#/components/schemas/Exchange" } } } },
                "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } } }
            } }
        },
        "components": { "schemas": {
            "Thing": { "type": "object", "required": ["id"], "properties": {
                "id": { "type": "string" },
                "old": { "type": "string", "deprecated": true, "x-workos": { "deprecated": "read `id`" } },
            } },
            "Exchange": { "type": "object", "required": ["token"], "properties": { "token": { "type": "string" } } },
        } },
    }))
    .unwrap();
    let generated = workos_codegen::generate_all(&doc).unwrap();
    let squeeze = |text: &str| text.split_whitespace().collect::<String>();
    let (client, sdk, every_call) =
        (squeeze(&generated.client), squeeze(&generated.sdk), squeeze(&generated.every_call));

    assert!(
        client.contains(&squeeze(r#"#[deprecated(note = "read `id`")] pub old:"#)),
        "{}",
        generated.client
    );
    assert!(
        sdk.contains(&squeeze(r#"#[deprecated(note = "use `things().fetch`")] pub async fn get("#)),
        "{}",
        generated.sdk
    );
    assert!(sdk.contains(&squeeze("/// Deprecated by WorkOS: use `things().fetch`.")), "{}", generated.sdk);
    assert!(
        sdk.contains(&squeeze("pub async fn exchange(&self, issuer: &str, body: &types::Exchange")),
        "{}",
        generated.sdk
    );
    assert!(sdk.contains(&squeeze("let api = self.client.api_at(issuer)?;")), "{}", generated.sdk);
    assert!(every_call.contains(&squeeze("#[allow(deprecated)]")), "{}", generated.every_call);
    assert!(
        every_call.contains(&squeeze("w.things().exchange(&h.base_url(), &example())")),
        "{}",
        generated.every_call
    );
    // The other host is the SDK's business: the low-level method sends to its client's base URL.
    assert!(!generated.client.contains("auth.example.com"), "{}", generated.client);
}
