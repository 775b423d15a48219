//! LEB128 for unsigned 32-bit integers: the length prefix of the encrypted data key in a
//! Vault ciphertext. Seven bits a byte, least significant first, the high bit saying that
//! more follow; at most five bytes, the fifth holding the top four bits.

/// The most bytes a `u32` takes.
const MAX_BYTES: usize = 5;

/// Why a length prefix does not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Leb128Error {
    /// The input ends before the last byte.
    Truncated,
    /// More than five bytes, or a fifth byte beyond 32 bits.
    TooLarge,
}

/// `value` in LEB128, shortest form.
pub(crate) fn encode(mut value: u32, out: &mut Vec<u8>) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// The value at the start of `input` and how many bytes it took. Longer forms than needed
/// (`80 00` for 0) are read as WorkOS's SDKs read them.
pub(crate) fn decode(input: &[u8]) -> Result<(u32, usize), Leb128Error> {
    let mut value = 0u32;
    for (index, &byte) in input.iter().enumerate().take(MAX_BYTES) {
        let bits = u32::from(byte & 0x7f);
        if index == MAX_BYTES - 1 && (bits > 0x0f || byte & 0x80 != 0) {
            return Err(Leb128Error::TooLarge);
        }
        value |= bits << (7 * index);
        if byte & 0x80 == 0 {
            return Ok((value, index + 1));
        }
    }
    // Every byte read asked for one more (five bytes end in the loop).
    Err(Leb128Error::Truncated)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encoded(value: u32) -> Vec<u8> {
        let mut out = Vec::new();
        encode(value, &mut out);
        out
    }

    #[test]
    fn values_take_their_shortest_form_and_read_back() {
        assert_eq!(encoded(0), [0x00]);
        assert_eq!(encoded(127), [0x7f]);
        assert_eq!(encoded(128), [0x80, 0x01]);
        assert_eq!(encoded(300), [0xac, 0x02]);
        assert_eq!(encoded(u32::MAX), [0xff, 0xff, 0xff, 0xff, 0x0f]);
        for value in [0, 1, 127, 128, 16_383, 16_384, 2_097_151, 268_435_455, 268_435_456, u32::MAX] {
            let mut bytes = encoded(value);
            let length = bytes.len();
            bytes.extend_from_slice(b"rest");
            assert_eq!(decode(&bytes), Ok((value, length)), "{value}");
        }
    }

    #[test]
    fn longer_forms_read_and_bad_ones_are_refused() {
        assert_eq!(decode(&[0x80, 0x00]), Ok((0, 2)));
        assert_eq!(decode(&[]), Err(Leb128Error::Truncated));
        assert_eq!(decode(&[0x80, 0x80]), Err(Leb128Error::Truncated));
        // A fifth byte with more than the top four bits, or asking for a sixth.
        assert_eq!(decode(&[0xff, 0xff, 0xff, 0xff, 0x1f]), Err(Leb128Error::TooLarge));
        assert_eq!(decode(&[0x80, 0x80, 0x80, 0x80, 0x81, 0x00]), Err(Leb128Error::TooLarge));
        assert_eq!(decode(&[0x80, 0x80, 0x80, 0x80, 0x80]), Err(Leb128Error::TooLarge));
    }
}
