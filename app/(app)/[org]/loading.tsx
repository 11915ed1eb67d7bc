import { PageLoading } from "@/app/_components/ui/page-loading";

export default PageLoading;
