/** The data-in feature's resources: a CSV file's preview (header, first rows, guessed mapping) and its import. */
import { useMutation, useQuery } from '@tanstack/react-query';
import type { TImportMapping } from '@mot/core/import';
import { api, inWorkspace, unwrap } from '../../lib/api/client.ts';
import { ServerUnreachableError, toApiError } from '../../lib/api/errors.ts';
import type { TOk } from '../../lib/api/types.ts';
import { useWorkspaceKey } from '../../lib/session/session.ts';

/** The header, first rows and guessed mapping of a file. */
export type TImportPreview = TOk<'/api/imports/preview', 'post'>;
/** The summary of an import and its rejects file. */
export type TImportResult = TOk<'/api/imports', 'post'>;

/** The start of a CSV file the preview reads: the header and a few rows fit in it. */
const PREVIEW_BYTES = 64 * 1024;

/** The media type of an XLSX workbook. */
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Whether a file is an XLSX workbook (read whole: its rows cannot be cut out of it). */
export const isXlsx = (file: File) => /\.xlsx$/i.test(file.name);

/** The Content-Type a file is sent with. */
const typeOf = (file: File) => (isXlsx(file) ? XLSX_TYPE : 'text/csv');

/** POST /api/imports/preview with the start of a CSV file, or a whole workbook. */
export function useImportPreview(file: File | undefined) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['import-preview', workspace, file?.name, file?.size, file?.lastModified],
    enabled: file !== undefined,
    staleTime: Infinity,
    queryFn: async () =>
      unwrap(
        api.POST('/api/imports/preview', {
          params: { query: { name: file?.name ?? 'upload.csv' } },
          body: (file && (isXlsx(file) ? file : file.slice(0, PREVIEW_BYTES))) as unknown as string,
          bodySerializer: (body: string) => body,
          headers: { ...inWorkspace(workspace), 'content-type': file ? typeOf(file) : 'text/csv' },
        }),
      ),
  });
}

/**
 * POST /api/imports with the whole file, reporting the share uploaded (XMLHttpRequest: fetch cannot say how
 * much of a body has been sent). The server then reads, maps and ingests the rows and answers the summary.
 */
export function useImportCsv() {
  const workspace = useWorkspaceKey();
  return useMutation({
    mutationFn: (input: {
      file: File;
      journey: string;
      mapping: TImportMapping;
      onProgress: (share: number) => void;
    }) =>
      new Promise<TImportResult>((resolve, reject) => {
        const query = new URLSearchParams({
          journey: input.journey,
          name: input.file.name,
          mapping: JSON.stringify(input.mapping),
        });
        const request = new XMLHttpRequest();
        request.open('POST', `/api/imports?${query.toString()}`);
        request.withCredentials = true;
        request.setRequestHeader('content-type', typeOf(input.file));
        for (const [name, value] of Object.entries(inWorkspace(workspace)))
          request.setRequestHeader(name, value);
        request.upload.onprogress = (event) => {
          if (event.lengthComputable) input.onProgress(event.loaded / event.total);
        };
        request.onerror = () => reject(new ServerUnreachableError(null));
        request.onload = () => {
          let body: unknown = null;
          try {
            body = JSON.parse(request.responseText);
          } catch {
            // Not JSON (a proxy's page): the status says enough.
          }
          if (request.status >= 200 && request.status < 300) resolve(body as TImportResult);
          else if (request.status >= 502 && request.status <= 504) reject(new ServerUnreachableError(null));
          else reject(toApiError(request.status, body));
        };
        request.send(input.file);
      }),
  });
}
