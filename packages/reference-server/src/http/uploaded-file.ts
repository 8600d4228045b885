/** A file part of a multipart body, as the routes receive it. */
export class UploadedFile {
  constructor(
    readonly filename: string,
    /** The part's Content-Type as the client declared it. */
    readonly declaredType: string,
    /** The bytes, or for a file over the limit, the bytes up to the limit. */
    readonly data: Buffer,
    readonly tooBig: boolean,
  ) {}
}
