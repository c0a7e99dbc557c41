/** The strict UTF-8 decoder lives in the server (`@mot/server`): its import route reads with it too. */
export { EncodingError, Utf8Decoder } from '@mot/server';
