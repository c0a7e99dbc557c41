-- The channel a survey link went out by (issue #12): "link" when the company's own systems send the URL
-- the API returned, otherwise the channel of the invitation that sent it (sms, wechat, email, phone) or a
-- QR code at a store or counter. Results count links and answers per channel (response rates). A link
-- sent for an invitation names it.
ALTER TABLE "survey_links" ADD COLUMN "channel" text DEFAULT 'link' NOT NULL;
--> statement-breakpoint
ALTER TABLE "survey_links" ADD CONSTRAINT "survey_links_channel" CHECK ("channel" IN ('link', 'sms', 'wechat', 'email', 'phone', 'qr'));
--> statement-breakpoint
ALTER TABLE "survey_links" ADD COLUMN "invitation_id" uuid;
--> statement-breakpoint
CREATE INDEX "survey_links_invitation" ON "survey_links" USING btree ("invitation_id") WHERE "invitation_id" IS NOT NULL;
