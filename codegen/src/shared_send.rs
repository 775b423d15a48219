//! One sending path for every client method: each method builds its request, then hands it
//! to `send_json` or `send_empty`, written once beside the client.
//!
//! progenitor writes the hooks, the send and the status match into every method, and each
//! method is an `async fn`: per operation, a state machine with three more awaits for the
//! compiler to check and, in the crate that polls it, to generate code for. After this pass a
//! method awaits once, on a function generic only over the answer's type (`send_json`) or not
//! at all (`send_empty`, and the `send` they share). What a method does is unchanged: the same
//! hooks (`pre`, `exec`, `post`) in the same order with the same `OperationInfo`, the same
//! answer for a 2XX status and `UnexpectedResponse` for any other.
//!
//! The pass fails unless every method ends exactly as progenitor 0.15 writes it (checked
//! statement by statement), so that an upgrade that changes the tail is noticed, not lost.

use quote::quote;

use crate::prepare::Prepared;

/// Rewrites the tail of every operation's method, and appends the shared functions.
pub(crate) fn rewrite(file: &mut syn::File, prepared: &Prepared) -> Result<(), String> {
    let mut methods = crate::finish::operation_methods(file, prepared)?;
    let mut problems = Vec::new();
    for op in prepared.operations.iter().filter(|op| !op.redirect) {
        let method = methods.get_mut(op.id.as_str()).expect("operation_methods has them all");
        if let Err(problem) = rewrite_method(method, &op.id) {
            problems.push(format!("{}: {problem}", op.id));
        }
    }
    if !problems.is_empty() {
        return Err(format!(
            "`shared_send` does not find in progenitor's output the method tails it rewrites:\n  {}",
            problems.join("\n  ")
        ));
    }
    file.items.extend(shared_items());
    Ok(())
}

/// The statements progenitor ends a method with, from `let info` on, for an answer read by
/// `answer` (`json_response(self, response, &operations::ID).await` as
/// `finish::decode_with_bounded_body` leaves it, or `Ok(ResponseValue::empty(response))`).
fn progenitor_tail(id: &str, answer: proc_macro2::TokenStream) -> Vec<syn::Stmt> {
    let block: syn::Block = syn::parse_quote! {{
        let info = OperationInfo {
            operation_id: #id,
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => { #answer }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }};
    block.stmts
}

fn same(a: &[syn::Stmt], b: &[syn::Stmt]) -> bool {
    a.len() == b.len() && quote!(#(#a)*).to_string() == quote!(#(#b)*).to_string()
}

fn rewrite_method(method: &mut syn::ImplItemFn, id: &str) -> Result<(), String> {
    let stmts = &mut method.block.stmts;
    let start = stmts
        .iter()
        .position(|stmt| matches!(stmt, syn::Stmt::Local(local) if quote!(#local).to_string().starts_with("let info")))
        .ok_or("no `let info = OperationInfo { .. }`")?;
    let tail = &stmts[start..];
    let operation = quote::format_ident!("{}", crate::naming::const_name(id));
    let replacement: syn::Expr = if same(
        tail,
        &progenitor_tail(id, quote!(json_response(self, response, &operations::#operation).await)),
    ) {
        syn::parse_quote!(send_json(self, request, #id, &operations::#operation).await)
    } else if same(tail, &progenitor_tail(id, quote!(Ok(ResponseValue::empty(response))))) {
        syn::parse_quote!(send_empty(self, request, #id).await)
    } else {
        return Err(
            "the statements after `let info` are not progenitor's hooks, send and status match".into()
        );
    };
    stmts.truncate(start);
    stmts.push(syn::Stmt::Expr(replacement, None));
    Ok(())
}

fn shared_items() -> Vec<syn::Item> {
    let file: syn::File = syn::parse_quote! {
        /// Sends a built request of operation `id` through the hooks; a 2XX answer is returned,
        /// any other is `UnexpectedResponse`.
        async fn send(
            client: &Client,
            mut request: ::reqwest::Request,
            id: &'static str,
        ) -> ::std::result::Result<::reqwest::Response, Error<()>> {
            let info = OperationInfo { operation_id: id };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(response),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// [`send`], then the answer's JSON body, within `operation`'s limit.
        async fn send_json<T: ::serde::de::DeserializeOwned>(
            client: &Client,
            request: ::reqwest::Request,
            id: &'static str,
            operation: &crate::Operation,
        ) -> ::std::result::Result<ResponseValue<T>, Error<()>> {
            let response = send(client, request, id).await?;
            json_response(client, response, operation).await
        }
        /// [`send`], for an answer without a body.
        async fn send_empty(
            client: &Client,
            request: ::reqwest::Request,
            id: &'static str,
        ) -> ::std::result::Result<ResponseValue<()>, Error<()>> {
            let response = send(client, request, id).await?;
            Ok(ResponseValue::empty(response))
        }
    };
    file.items
}
